"""An LGA safeguarding peer review letter (invented): an ampersand in the council's name, summary strengths and
areas side by side in a two-column table, a heading per theme over a Strengths | Areas for consideration table,
recommendations lettered a) b) c), a dotted numeric letter date, a copy list naming others after the signature."""
from model import AREA, Block, Letter, STRENGTH, items

ORG = "Telford & Wrekin Council"


def build():
    letter = Letter("telford-and-wrekin-2017-peer-review", "new",
                    ["lga-peer-review", "ampersand-organisation", "summary-two-column-table",
                     "findings-table-per-theme", "lettered-recommendations", "letter-date-dotted",
                     "fieldwork-ordinal-range", "cc-list-after-signature", "numpr-bullets"],
                    header="Telford & Wrekin Council – Children's Safeguarding Peer Review", footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "6th to 9th November 2017", "2017-11-28",
                       "Sarah Whitcombe", "Peer review manager, Local Government Association",
                       notes="Invented letter. The summary lists are the two columns of the summary table.")
    letter.para("28.11.2017")
    letter.lines("Jo Britton", "Assistant Director, Children's Safeguarding and Family Support", ORG, "Addenbrooke House",
                 "Ironmasters Way", "Telford", "TF3 4NT")
    letter.para("Dear Jo")
    letter.para("**Children's safeguarding peer review**")
    letter.paras("""
Thank you for inviting the LGA to carry out a children's safeguarding peer review in Telford and Wrekin, and for the
hospitality shown to the team. The review took place from 6th to 9th November 2017. The team of six peers spent
four days on site, read 24 case files, and met over 110 staff, partners, carers and young people.

The review was based on the LGA's framework and considered effective practice, leadership and management, and
working together. You also asked us to give particular attention to the response to child sexual exploitation, and
our findings on it are included under working together.
""")
    letter.heading("Summary", 2)
    letter.blocks.append(Block("table", rows=[
        [[Block("para", text="Summary strengths", align=None, bold=True, style=None)],
         [Block("para", text="Summary areas for consideration", align=None, bold=True, style=None)]],
        [[Block("list", items=items(STRENGTHS), style="bullet", numbered=False)],
         [Block("list", items=items(AREAS), style="bullet", numbered=False)]]], header=True, widths=[4800, 4800]))
    letter.answer["summary_strengths"] += STRENGTHS
    letter.answer["summary_areas_for_consideration"] += AREAS
    letter.heading("Findings", 2)
    letter.para("The tables below set out the team's findings under each theme of the review.")
    letter.findings_table([
        ("Effective practice",
         ["Practice in the assessment teams is consistently good, and assessments are analytical.",
          "Children are seen regularly and their views are well recorded."],
         ["The quality of child in need plans is variable.",
          "Chronologies are not always up to date."]),
        ("Leadership and management",
         ["The senior leadership team is stable, visible and respected by staff.",
          "Members are well informed and ask searching questions."],
         ["Performance information is not always used by team managers to drive improvement."]),
        ("Working together",
         ["The multi-agency CSE team is a strength, with police, health and social care co-located.",
          "The LSCB has a well-developed learning and improvement framework."],
         ["The CSE problem profile has not been updated since 2015.",
          "Schools are not consistently involved in strategy discussions."]),
    ], layout="per-theme", headings=("Strengths", "Areas for consideration"), style="bullet")
    letter.heading("Recommendations", 2)
    letter.para("We recommend that the council and its partners:")
    letter.recommendations([
        "improve the consistency of child in need planning through a practice standard and regular audit",
        "update the CSE problem profile with partners and use it to direct resources",
        "make sure schools are invited to every strategy discussion about a child on their roll",
        "develop team managers' use of performance information",
    ], group="Recommendations", style="letter", refs=lambda n: chr(96 + n))
    letter.paras("""
We would like to thank you again for inviting us to Telford and Wrekin. We hope this letter, and the presentation
given on the final day, will help you as you take these recommendations forward.
""")
    letter.para("Yours sincerely")
    letter.lines("Sarah Whitcombe", "Peer review manager", "Local Government Association")
    letter.para("cc: Richard Partington, Chief Executive; Cllr Shirley Reynolds, Cabinet Member for Children, "
                "Young People and Families")
    return [letter]


STRENGTHS = [
    "A stable and committed workforce with manageable caseloads",
    "Strong and visible leadership, valued by staff",
    "An effective multi-agency response to child sexual exploitation",
]
AREAS = [
    "Consistency of child in need planning",
    "Use of performance information by team managers",
    "The involvement of schools in strategy discussions",
]
