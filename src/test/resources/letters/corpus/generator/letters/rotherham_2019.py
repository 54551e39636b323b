"""An LGA children's services peer challenge report (invented) in the "Feedback" structure: a title page, running
header, "1. Executive summary" with the key messages as two bold-labelled List Bullet lists, "2. Key
recommendations" Word-numbered, "3. Summary of the peer challenge approach" with the scope as a List Bullet list of
themes and the council's own question (a line of enquiry the report answers in a paragraph), then "4. Feedback"
with a Heading 2 per theme ("4.1 Leadership, management and governance") over Heading 3 "Strengths" / "Areas for
consideration" and Word-bulleted findings, and "5. Next steps". The peer team is a table whose first row is the lead
peer. Fieldwork "11th – 14th June 2019"; the report is dated "July 2019" (month only)."""
from model import AREA, Letter, STRENGTH

ORG = "Rotherham Metropolitan Borough Council"

THEMES = [
    ("Leadership, management and governance",
     ["The Strategic Director and Lead Member have a shared and well understood vision for children's services.",
      "The council has kept its investment in children's social care through a difficult budget round.",
      "Elected members receive a monthly performance report and use it to ask searching questions."],
     ["The improvement plan has 212 actions, which makes it hard to see what matters most.",
      "Partners are not yet equal owners of the early help strategy."]),
    ("Effective practice, service delivery and the voice of the child",
     ["Social workers know their children well and the best assessments are of a high standard.",
      "Direct work with children is creative, and children's words are recorded in their own language."],
     ["Plans for children in need are often a list of services rather than what needs to change for the child.",
      "Management oversight is recorded but does not always say what should happen next or by when.",
      "Return home interviews after a child has gone missing are offered late in too many cases."]),
    ("Capacity and managing resources",
     ["The social work academy has given newly qualified social workers a strong start."],
     ["Reliance on agency social workers remains high in the locality teams, at around 28%.",
      "Placement sufficiency for older teenagers depends heavily on out-of-area residential care."]),
]

QUESTION = "How well do we know that our practice is making a difference for children in need of help and protection?"


def build():
    letter = Letter("rotherham-2019-childrens-services-peer-challenge-feedback", "new",
                    ["lga-peer-challenge-report", "feedback-structure", "title-page", "running-header",
                     "numbered-heading-sections", "key-messages-bold-labels", "list-bullet-style",
                     "key-recommendations-word-numbered-before-feedback", "themes-list-bullet", "council-question",
                     "heading3-strengths-areas", "peer-team-table-lead-first", "fieldwork-ordinal-en-dash",
                     "report-date-month-only"],
                    header="Rotherham Children's Services Peer Challenge – Feedback Report",
                    footer="{PAGE}")
    letter.particulars(ORG, "Children's services peer challenge (LGA)",
                       "Children's Services Peer Challenge: Rotherham Metropolitan Borough Council",
                       "11th – 14th June 2019", None, "Howard Pennington-Leigh",
                       "Lead Peer, former Director of Children's Services",
                       notes="Invented report. The council's own question is the one line of enquiry, answered in "
                             "the paragraph under it. The key messages are the summary lists; the key "
                             "recommendations come before the feedback and are Word-numbered. The lead is the Lead "
                             "Peer named in the peer team table. Report dated by month only.")
    letter.heading("Children's Services Peer Challenge", 0)
    letter.lines("Rotherham Metropolitan Borough Council", "11th – 14th June 2019", "Feedback Report", "July 2019")
    letter.pagebreak()
    letter.heading("1. Executive summary", 1)
    letter.paras("""
Rotherham Metropolitan Borough Council asked the Local Government Association to carry out a peer challenge of its
children's services, with a particular focus on help and protection. The peer team was on site from 11th – 14th June
2019. During that time it read 24 case files, held 41 meetings and spoke with more than 150 people, including
children, parents, frontline staff, managers, elected members and partners.

Rotherham has come a long way since the period of government intervention ended. The peer team saw a confident
service that understands itself, with a stable senior team and a workforce that believes in what it is doing. The
next stage is to make good practice consistent, and to make sure that the council's planning is as sharp as its
self-knowledge.
""")
    letter.para("Key strengths", bold=True)
    letter.summary(STRENGTH, [
        "Stable and visible leadership with a clear vision.",
        "A workforce that is proud to work in Rotherham.",
        "Good quality direct work with children.",
        "Sustained corporate and political support for children's services.",
    ], style="List Bullet")
    letter.para("Key areas for consideration", bold=True)
    letter.summary(AREA, [
        "Focus the improvement plan on a smaller number of priorities.",
        "Make plans for children in need outcome-focused.",
        "Reduce the reliance on agency staff in the locality teams.",
    ], style="List Bullet")
    letter.heading("2. Key recommendations", 1)
    letter.para("The peer team recommends that the council and its partners:")
    letter.recommendations([
        "Reduce the improvement plan to no more than ten priorities, each with a named lead and a measure of impact.",
        "Agree a single model for child in need plans that says what will change for the child and by when.",
        "Require every management oversight entry to record the next step and its timescale.",
        "Offer every child a return home interview within 72 hours of their return and report compliance monthly.",
        "Bring the early help strategy to the Safeguarding Children Partnership for joint sign-off.",
        "Set a target for converting agency social workers to permanent posts in the locality teams.",
    ], group="Key recommendations", style="number", refs="auto")
    letter.heading("3. Summary of the peer challenge approach", 1)
    letter.heading("3.1 The peer team", 2)
    letter.para("Peer challenges are delivered by experienced officers and elected member peers. The team was:")
    letter.table([["Name", "Role"],
                  ["Howard Pennington-Leigh", "Lead Peer, former Director of Children's Services"],
                  ["Cllr Bernadette Oyelaran", "Member peer, Lead Member for Children, a London borough"],
                  ["Kamal Dhesi", "Assistant Director, Safeguarding, a West Midlands council"],
                  ["Fiona Ritchie-Hale", "Principal Social Worker, a North West council"],
                  ["Graham Stott", "Peer Challenge Manager, Local Government Association"]], widths=[3600, 6000])
    letter.heading("3.2 Scope and focus", 2)
    letter.para("The peer challenge looked at three themes:")
    letter.themes([t[0] for t in THEMES], style="List Bullet")
    letter.para("The council also asked the team to consider one question of its own:")
    letter.heading(QUESTION, 3)
    answer = ("In part. Audit activity is regular and well organised, and senior leaders can describe the quality of "
              "practice with confidence. But audits mostly check compliance, and the team found few examples of "
              "the council asking children and families whether the help made a difference.")
    letter.para(answer)
    letter.answer["lines_of_enquiry"].append({"question": QUESTION, "finding_summary": answer})
    letter.heading("4. Feedback", 1)
    for n, (theme, strengths, areas) in enumerate(THEMES, 1):
        letter.heading(f"4.{n} {theme}", 2)
        letter.heading("Strengths", 3)
        letter.findings(theme, STRENGTH, strengths, style="bullet")
        letter.heading("Areas for consideration", 3)
        letter.findings(theme, AREA, areas, style="bullet")
    letter.heading("5. Next steps", 1)
    letter.paras("""
The council's senior managerial and political leadership will want to consider, discuss and reflect on these
findings. The LGA will offer a follow-up visit in around twelve months. Graham Stott, Peer Challenge Manager, is the
main contact for any questions about this report.
""")
    return [letter]
