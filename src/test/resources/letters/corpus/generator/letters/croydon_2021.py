"""A peer review letter (invented) whose findings are one RAG-rated table: Theme | RAG | Strengths | Areas for
development, with the theme and its rating cells merged down the theme's rows (vMerge) and one finding per cell, some
cells empty; a RAG key table before it (the key's descriptions are no answers); "Headline messages" as two bold-run-in
paragraphs "What is going well:" / "What needs more work:" each followed by typed "-" bullets; Word-lettered a) .. e)
recommendations under "Recommendations". "London Borough of Croydon"; fieldwork "1-3 December 2021"; letter dated
"20/12/2021"; signed "Kind regards"."""
from letters._kit import merged_cell, para, table_cell_list
from model import AREA, Block, Letter, STRENGTH

ORG = "London Borough of Croydon"

ROWS = [
    ("Front door and early help", "Green", [
        ("Contacts are screened by a qualified social worker within four hours.",
         "Early help assessments are not always shared with the family's school."),
        ("The early help locality teams are well known to schools and GPs.", None),
    ]),
    ("Children in need and child protection", "Amber", [
        ("Child protection visits are timely in almost all cases.",
         "Plans for children in need are reviewed late in around a quarter of cases."),
        (None, "Core groups do not always include health visitors or school nurses."),
    ]),
    ("Children in care and care leavers", "Amber", [
        ("Care leavers have a personal adviser before their 18th birthday.",
         "Too many children in care have had three or more placements in a year."),
    ]),
    ("Quality assurance and learning", "Red", [
        (None, "Audits are completed, but the learning from them does not reach practitioners."),
        (None, "There is no system to check that actions from audits have been completed."),
    ]),
]


def build():
    letter = Letter("croydon-2021-peer-review-rag-rated-table", "new",
                    ["peer-review-letter", "rag-rated-findings-table", "merged-theme-and-rating-cells",
                     "one-finding-per-cell", "empty-cells", "rag-key-table", "headline-messages-run-in-labels",
                     "typed-dash-bullets", "word-lettered-recommendations", "fieldwork-unspaced-hyphen",
                     "date-slashes", "kind-regards"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer review", "Croydon Children's Safeguarding Peer Review",
                       "1-3 December 2021", "2021-12-20", "Nadia Farquharson-Idowu",
                       "Peer Review Lead, Corporate Director of Children's Services, a London borough",
                       notes="Invented letter. The RAG column and the key are no answers. The theme and rating cells "
                             "are merged down the theme's rows; per theme, its strengths then its areas in row order. "
                             "Headline messages are the summary lists. Word letters a) .. e) give refs a .. e. The "
                             "themes are the table's theme column (they are not listed elsewhere).")
    letter.para("20/12/2021", align="right")
    letter.lines("Debbie Ansah-Whitmore", "Corporate Director, Children, Young People and Education", ORG,
                 "Bernard Weatherill House", "8 Mint Walk", "Croydon CR0 1EA")
    letter.para("Dear Debbie")
    letter.para("**Children's Safeguarding Peer Review – 1-3 December 2021**")
    letter.paras("""
Thank you for inviting us to carry out a peer review of children's safeguarding in Croydon. This letter sets out
what we found and what we said to you and your team at the feedback session on the final afternoon.

We have given each area a rating using the key below, as you asked, so that you can use the letter alongside your
self-assessment.
""")
    letter.table([["Rating", "What it means"],
                  ["Green", "Practice is consistently good and the service knows why."],
                  ["Amber", "Practice is improving but is not yet consistently good."],
                  ["Red", "Practice needs urgent attention."]], widths=[1600, 8000])
    letter.para("**Headline messages**")
    letter.para("**What is going well:**")
    letter.summary(STRENGTH, [
        "A committed and stable leadership team that has a realistic view of practice.",
        "A strong front door with early help close to it.",
        "Social workers who are positive about working in Croydon.",
    ], style="dash")
    letter.para("**What needs more work:**")
    letter.summary(AREA, [
        "Turning audit findings into changes in practice.",
        "Placement stability for children in care.",
        "Involving health partners in child protection core groups.",
    ], style="dash")
    letter.para("**Our findings in more detail**")
    rows = [[[para(h, bold=True)] for h in ("Theme", "RAG", "Strengths", "Areas for development")]]
    for theme, rating, pairs in ROWS:
        for n, (strength, area) in enumerate(pairs):
            vmerge = "restart" if n == 0 else "continue"
            rows.append([merged_cell(theme, vmerge), merged_cell(rating, vmerge, bold=False),
                         table_cell_list([strength]) if strength else [para("")],
                         table_cell_list([area]) if area else [para("")]])
    letter.blocks.append(Block("table", rows=rows, header=True, widths=[2200, 1000, 3200, 3200]))
    for theme, _, pairs in ROWS:
        letter.answer["framework_themes"].append(theme)
        for kind, side in ((STRENGTH, 0), (AREA, 1)):
            for pair in pairs:
                if pair[side]:
                    letter.finding(theme, kind, pair[side])
    letter.heading("Recommendations", 2)
    letter.recommendations([
        "Set up a monthly learning forum where audit findings are discussed with team managers.",
        "Track every audit action to completion and report progress to the senior leadership team.",
        "Review the placements of every child in care who has moved three or more times this year.",
        "Agree with health partners that a health visitor or school nurse attends every core group.",
        "Share early help assessments with schools, with the family's consent.",
    ], group="Recommendations", style="letter", refs=lambda n: chr(96 + n))
    letter.paras("""
We hope this letter is helpful. Please pass on our thanks to everyone who met us.

Kind regards
""")
    letter.lines("Nadia Farquharson-Idowu", "Peer Review Lead")
    return [letter]
