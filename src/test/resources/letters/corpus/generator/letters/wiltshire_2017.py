"""An LGA safeguarding peer review letter (invented): key lines of enquiry as bold "KLOE 1:" paragraphs, each followed
by the team's answer; findings in a Theme | Positive practice | Development areas table whose theme cells are merged
down their rows (vMerge); summary lists after lead-ins in List Bullet style; recommendations as "R1" .. paragraphs
with the reference in bold. Fieldwork "on 7th–10th February 2017"; date "3rd March 2017"; signature name, role,
"Peer Review Lead"."""
from letters._kit import merged_findings_table
from model import AREA, Letter, STRENGTH

ORG = "Wiltshire Council"


def build():
    letter = Letter("wiltshire-2017-peer-review-letter", "new",
                    ["lga-peer-review", "kloe-labels-with-findings", "bold-paragraph-headings",
                     "findings-table-merged-theme-cells", "heading-positive-practice", "heading-development-areas",
                     "themes-listed-as-bullets", "list-bullet-style", "recommendations-R-numbered",
                     "fieldwork-ordinal-en-dash", "letter-date-ordinal", "peer-review-lead-signature"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "7th–10th February 2017", "2017-03-03",
                       "Howard Pennington", "Peer Review Lead; Director of Children's Services",
                       notes="Invented letter. KLOEs are bold 'KLOE n:' paragraphs with the team's answer after each. "
                             "Findings are one table with merged theme cells; per theme, positive practice then "
                             "development areas.")
    letter.para("3rd March 2017")
    letter.lines("Theresa Colville", "Corporate Director, Children and Families", ORG, "County Hall",
                 "Bythesea Road", "Trowbridge", "BA14 8JN")
    letter.para("Dear Theresa")
    letter.para("Wiltshire Children's Safeguarding Peer Review", bold=True)
    letter.paras("""
Thank you for inviting the Local Government Association to undertake a children's safeguarding peer review in
Wiltshire on 7th–10th February 2017. The peer team met over 150 people, including staff, partners, elected members,
foster carers, parents and young people, and read 18 case files.

The review considered three themes:
""")
    themes = ["Leadership and partnerships", "Front door and early help", "Practice with children in need of protection"]
    letter.themes(themes, style="List Bullet")
    letter.heading("Key lines of enquiry", 1)
    letter.para("You also asked the team to answer two key lines of enquiry (KLOEs).")
    letter.enquiry_with_finding(
        "Is the new early help model reaching the families who need it most?",
        ["In the main, yes. Families told us the early help hubs are easy to reach, and the number of early help "
         "assessments has doubled. Rural families in the south of the county find access harder."],
        level=None, label="KLOE 1:")
    letter.enquiry_with_finding(
        "Does management oversight make a difference to children's plans?",
        ["Not consistently. Oversight is regular, but its impact on plans is seldom recorded, and some plans "
         "drift when a worker leaves."],
        level=None, label="KLOE 2:")
    letter.heading("Headline findings", 1)
    letter.para("The team identified the following strengths:")
    letter.summary(STRENGTH, [
        "Well-established partnerships, including a highly regarded MASH.",
        "An early help offer that families value.",
        "A committed and stable workforce in most teams.",
    ], style="List Bullet")
    letter.para("and the following development areas:")
    letter.summary(AREA, [
        "Access to early help for families in rural areas.",
        "The recorded impact of management oversight.",
        "The quality of child protection plans.",
    ], style="List Bullet")
    letter.heading("Findings by theme", 1)
    merged_findings_table(letter, ("Theme", "Positive practice", "Development areas"), [
        (themes[0], [
            ("The Children's Trust Board has a clear and shared set of priorities.",
             "Members of scrutiny receive little information on the quality of practice."),
            ("Police and health partners are committed to the MASH.", None),
        ]),
        (themes[1], [
            ("Decisions in the MASH are timely and well recorded.",
             "Early help hubs are concentrated in the larger towns."),
            ("The early help offer for families with younger children is strong.",
             "Step-down from social care to early help is not always planned."),
        ]),
        (themes[2], [
            ("Child protection conferences are well chaired and include the voice of the child.",
             "Child protection plans are often lists of services rather than changes to be made."),
            (None, "Some plans drift when the social worker changes."),
        ]),
    ], style="List Bullet")
    letter.heading("Recommendations", 1)
    letter.recommendation_paras([
        ("R1", "Extend the early help offer in the south of the county, using outreach from the hubs."),
        ("R2", "Require managers to record the reasons for their decisions and the impact on the plan."),
        ("R3", "Introduce a standard for child protection plans that sets out what needs to change."),
        ("R4", "Give scrutiny members regular reports on audit findings."),
    ], group="Recommendations")
    letter.para("Thank you for the welcome the team received. We wish you well in taking this work forward.")
    letter.para("Yours sincerely")
    letter.lines("Howard Pennington", "Director of Children's Services", "Peer Review Lead")
    return [letter]
