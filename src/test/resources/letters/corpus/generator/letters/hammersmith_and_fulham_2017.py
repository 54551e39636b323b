"""An LGA peer challenge letter (invented) with no theme headings: each theme is a bold run-in label opening a
prose paragraph ("**Front door.** The MASH ..."), its findings are bullets after lead-in sentences; recommendations
are paragraphs typed "Recommendation 1:" ..; fieldwork "from 21 November to 23 November 2017"; "Kind regards"."""
from model import AREA, Letter, STRENGTH

ORG = "London Borough of Hammersmith and Fulham"


def build():
    letter = Letter("hammersmith-and-fulham-2017-peer-challenge", "new",
                    ["lga-peer-challenge", "organisation-lower-case-words", "bold-run-in-theme-labels",
                     "lead-in-sentences", "recommendation-n-colon", "fieldwork-from-to-month-twice",
                     "kind-regards-sign-off", "themes-named-in-sentence", "list-bullet-style", "numpr-bullets"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer challenge (Local Government Association)",
                       "Safeguarding Peer Challenge: Hammersmith and Fulham Children's Services",
                       "21 November to 23 November 2017", "2017-12-19", "Rosalind Achebe",
                       "Lead peer, Local Government Association",
                       notes="Invented letter. The themes are named in a sentence and given as bold run-in labels; "
                             "each theme's findings follow lead-in sentences. 'Recommendation 1:' gives ref 1.")
    letter.para("19 December 2017")
    letter.lines("Stephen Marsh", "Director of Children's Services", ORG, "Town Hall", "King Street",
                 "London", "W6 9JU")
    letter.para("Dear Stephen")
    letter.para("Safeguarding Peer Challenge: Hammersmith and Fulham Children's Services", bold=True)
    letter.paras("""
Thank you for inviting the Local Government Association to carry out a peer challenge of safeguarding in
Hammersmith and Fulham. The peer team was on site from 21 November to 23 November 2017. I am writing, as promised
at the feedback session on the final day, to set out what we found.

You asked us to look at three things: the front door, the quality of child protection practice, and how well the
partnership responds to adolescents at risk. We read 18 case files and spoke with around 120 people.
""")
    letter.para("The main strengths we found were:")
    letter.summary(STRENGTH, [
        "A clear and shared ambition for children, led by a visible senior team.",
        "Practitioners who are confident, reflective and well supported by their managers.",
        "Strong relationships with the police and schools.",
    ], style="List Bullet")
    letter.para("The main areas to address are:")
    letter.summary(AREA, [
        "Some inconsistency in the quality of child protection plans.",
        "The response to adolescents who go missing from home or care.",
    ], style="List Bullet")
    for theme, prose, strengths, areas in [
        ("Front door",
         "The multi-agency safeguarding hub (MASH) is well established and decisions on contacts are made "
         "quickly. Partners understand the threshold document and use it.",
         ["Decisions on 94% of contacts are made within 24 hours.",
          "Early help and social care screening sit side by side, so families are directed to the right service."],
         ["Consent is not always recorded when information is shared with partners.",
          "Feedback to referrers is inconsistent."]),
        ("Child protection practice",
         "Social workers know their families well and the team saw good examples of direct work.",
         ["Conference chairs provide effective challenge and monitor plans between meetings.",
          "Reflective group supervision is valued by staff."],
         ["Some child protection plans list services rather than the changes that parents need to make.",
          "Written agreements are still used too often in place of a plan."]),
        ("Adolescents at risk",
         "The partnership has a clear strategy for responding to exploitation, and the risk management panel "
         "meets fortnightly.",
         ["The youth offending service and children's social care work closely together."],
         ["Return home interviews are completed for only 58% of missing episodes.",
          "Information from return home interviews is not collated to understand patterns of risk."]),
    ]:
        letter.para(f"**{theme}.** {prose}")
        letter.para("The team found these strengths:")
        letter.findings(theme, STRENGTH, strengths)
        letter.para("The team would ask you to consider:")
        letter.findings(theme, AREA, areas)
    letter.answer["framework_themes"] = ["Front door", "Child protection practice", "Adolescents at risk"]
    letter.para("**Recommendations**")
    for n, text in enumerate([
        "Introduce a standard for child protection plans that sets out what must change, by when, and how "
        "progress will be measured.",
        "Stop the use of written agreements in child protection cases.",
        "Commission return home interviews so that every child who goes missing is offered one within 72 hours.",
        "Use the information from return home interviews to map patterns of exploitation across the borough.",
    ], 1):
        letter.para(f"**Recommendation {n}:** {text}")
        letter.answer["priorities_or_recommendations"].append({"ref": str(n), "text": text,
                                                                "group": "Recommendations"})
    letter.paras("""
We would be pleased to discuss any of these findings with you. Please pass on our thanks to everyone who took part,
and to Helen Ware for organising the challenge so well.
""")
    letter.para("Kind regards")
    letter.lines("Rosalind Achebe", "Lead peer", "Local Government Association")
    return [letter]
