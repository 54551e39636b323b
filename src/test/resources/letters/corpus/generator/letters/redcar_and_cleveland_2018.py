"""An LGA peer challenge letter (invented): a reference block ("Our ref" / "Date:"), fieldwork "in October 2018"
(month only), lines of enquiry as bullets without answers, findings per theme under "What is working well" /
"Things to consider" (List Bullet style with List Bullet 2 sub-points), recommendations typed "(a)" .. "(e)" as
plain paragraphs, and the peer team as a list."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Redcar and Cleveland Borough Council"


def build():
    letter = Letter("redcar-and-cleveland-2018-peer-challenge", "new",
                    ["lga-peer-challenge", "organisation-lower-case-words", "reference-block", "fieldwork-month-only",
                     "enquiries-without-answers", "list-bullet-style", "sub-bullets", "heading-things-to-consider",
                     "typed-parenthesised-letter-recommendations", "peer-team-list"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer challenge (Local Government Association)",
                       "Children's Services Peer Challenge", "October 2018", "2018-11-30", "Judith Alderson",
                       "Lead peer, Local Government Association",
                       notes="Invented letter. Fieldwork given by month only. Recommendation refs are the typed "
                             "letters without brackets.")
    letter.lines("Our ref: LGA/PC/2018/117", "Date: 30 November 2018")
    letter.lines("John Lowther", "Director of Children's Services", ORG, "Redcar and Cleveland House",
                 "Kirkleatham Street", "Redcar", "TS10 1RT")
    letter.para("Dear John")
    letter.heading("Children's Services Peer Challenge", 1)
    letter.paras("""
Many thanks for inviting the LGA to undertake a children's services peer challenge in Redcar and Cleveland. The
challenge took place in October 2018. The peer team spent three days with you, held 35 meetings and read 15 case
files.

You asked the team to focus on the following lines of enquiry:
""")
    letter.enquiries([
        "How effective is the partnership response to neglect?",
        "Do children receive the right help at the right time through the early help offer?",
        "Is the council well placed to sustain the improvements made since the last inspection?",
    ])
    letter.heading("Summary", 2)
    letter.para("The council has made real progress since its last inspection. Staff morale is high, leaders are "
                "trusted, and partners speak well of the council. The team's findings are set out below under "
                "three themes, followed by our recommendations.")
    themes = ["Neglect", "Early help", "Sustaining improvement"]
    letter.answer["framework_themes"] = list(themes)
    for theme, working, consider in [
        (themes[0],
         [Item("The neglect strategy is understood across the partnership, and:", [
             "the Graded Care Profile is used by health visitors and social workers",
             "schools have been trained to recognise neglect"]),
          "Multi-agency audits of neglect cases have been completed and acted on."],
         ["Some children remain on child in need plans for neglect for too long without escalation.",
          "Adult services are not always involved when a parent's needs cause the neglect."]),
        (themes[1],
         ["Early help assessments are of good quality.",
          "Families told us that their family support worker made a difference."],
         [Item("The early help offer is not well understood by some partners, in particular:", [
             "GPs", "the police neighbourhood teams"]),
          "Step-down from social care to early help is not always planned."]),
        (themes[2],
         ["The improvement board has strong and committed membership.",
          "Recruitment has stabilised the workforce."],
         ["The budget position for 2019/20 presents a risk to the improvements made.",
          "Performance reports do not show the trend over time."]),
    ]:
        letter.heading(theme, 2)
        letter.heading("What is working well", 3)
        letter.findings(theme, STRENGTH, working, style="List Bullet")
        letter.heading("Things to consider", 3)
        letter.findings(theme, AREA, consider, style="List Bullet")
    letter.heading("Recommendations", 2)
    for ref, text in [
        ("a", "Introduce an escalation point for children on child in need plans for neglect for more than nine "
              "months."),
        ("b", "Involve adult mental health and substance misuse services in neglect cases from the start."),
        ("c", "Promote the early help offer to GPs and neighbourhood police teams."),
        ("d", "Plan every step-down from social care with the family and the early help worker."),
        ("e", "Protect the investment in the workforce in the 2019/20 budget and report trends to the improvement "
              "board."),
    ]:
        letter.para(f"({ref}) {text}")
        letter.answer["priorities_or_recommendations"].append({"ref": ref, "text": text, "group": "Recommendations"})
    letter.paras("""
The LGA would be happy to discuss further support. Thank you again for the warm welcome the team received.
""")
    letter.para("Yours sincerely")
    letter.lines("Judith Alderson", "Lead peer", "Local Government Association")
    letter.para("The peer team", bold=True)
    letter.bullets(["Judith Alderson, former Director of Children's Services (lead peer)",
                    "Councillor Peter Haines, member peer", "Sara Okoro, Assistant Director, Safeguarding",
                    "Detective Inspector Mark Linton, police peer", "Anna Pilling, LGA Peer Challenge Manager"])
    return [letter]
