"""A practice week review report (invented) led by the Principal Social Worker: "between Monday 9 and Thursday 12
May 2022" (weekdays in the span), a summary as "Positive practice" / "Development areas" Word bullets, findings in a
Theme | Positive practice | Development areas table (Word bullets in the cells, no theme list before it, so the
table's themes are the themes), and recommendations Word-numbered a) .. e). The author line names the lead."""
from model import AREA, Letter, STRENGTH

ORG = "London Borough of Havering"


def build():
    letter = Letter("havering-2022-practice-week-review", "new",
                    ["practice-week-review", "organisation-lower-case-words", "fieldwork-with-weekdays",
                     "heading-positive-practice", "heading-development-areas", "findings-table-columns",
                     "themes-from-findings-table", "word-lettered-recommendations", "author-block-at-top",
                     "numpr-bullets"],
                    header="London Borough of Havering – Children's Services Practice Week, May 2022",
                    footer="Page {PAGE}")
    letter.particulars(ORG, "Practice week review (quality assurance)",
                       "Children's Social Care Practice Week: Findings and Recommendations",
                       "Monday 9 and Thursday 12 May 2022", "2022-06-06", "Beverley Nwankwo",
                       "Principal Social Worker, London Borough of Havering",
                       notes="Invented report. Fieldwork 'between Monday 9 and Thursday 12 May 2022': the weekday is "
                             "kept as part of the first day as written. No list of themes: the findings table's "
                             "theme column gives them. Recommendations lettered by Word numbering: refs a .. e. The "
                             "author is the review lead here: the report says she led the practice week.")
    letter.heading("Children's Social Care Practice Week: Findings and Recommendations", 0)
    letter.table([["Report to", "Children's Services Senior Leadership Team"],
                  ["Author", "Beverley Nwankwo, Principal Social Worker"],
                  ["Date", "6 June 2022"]], header=False, widths=[2400, 7200])
    letter.heading("Introduction", 1)
    letter.paras("""
The London Borough of Havering held its third practice week between Monday 9 and Thursday 12 May 2022. Senior
leaders, heads of service and managers from across children's services spent the week alongside practitioners:
they audited 48 children's records with the allocated workers, observed 21 visits and meetings, and spoke with 30
parents and 17 children and young people about their experience of our services.

I led the practice week with the Quality Assurance Service. This report summarises what we found and recommends
how we should respond.
""")
    letter.heading("Summary", 1)
    letter.para("Positive practice", bold=True)
    letter.summary(STRENGTH, [
        "Practitioners know their children well and children told us their social worker listens to them.",
        "Relationship-based practice is evident in most visits we observed.",
        "Plans for children in care are up to date and children attend their reviews.",
    ])
    letter.para("Development areas", bold=True)
    letter.summary(AREA, [
        "Chronologies are missing or out of date in a third of the records audited.",
        "The impact of management oversight is not always evident in children's records.",
        "Fathers are not routinely involved in assessments and plans.",
    ])
    letter.heading("Findings by practice area", 1)
    letter.findings_table([
        ("Assessment and the front door",
         ["Assessments are completed on time and include the child's wishes and feelings."],
         ["Histories are not always used to inform the analysis of risk.", "Fathers are rarely spoken to."]),
        ("Children in need and child protection",
         ["Core groups are well attended, and parents say plans are explained to them."],
         ["Chronologies are out of date in 16 of the 48 records."]),
        ("Children in care and care leavers",
         ["Children's reviews are held on time and children chair their own reviews more often.",
          "Personal advisers keep in touch with care leavers regularly."],
         ["Life story work has not started for several children with a permanence plan."]),
        ("Management oversight",
         ["Supervision happens regularly and practitioners value it."],
         ["Supervision records list actions but rarely reflect on the child's progress."]),
    ], layout="columns", headings=("Practice area", "Positive practice", "Development areas"))
    letter.answer["framework_themes"] += ["Assessment and the front door", "Children in need and child protection",
                                          "Children in care and care leavers", "Management oversight"]
    letter.heading("Recommendations", 1)
    letter.para("I recommend that the Senior Leadership Team:")
    letter.recommendations([
        "sets an expectation that every child has an up-to-date chronology, checked in supervision;",
        "introduces a reflective supervision template that records the manager's view of the child's progress;",
        "launches a campaign to involve fathers in assessments and plans;",
        "makes sure life story work begins when a permanence plan is agreed; and",
        "holds the next practice week in November 2022, with a focus on chronologies and fathers.",
    ], group="Recommendations", style="letter", refs=lambda n: chr(96 + n))
    letter.lines("Beverley Nwankwo", "Principal Social Worker")
    return [letter]
