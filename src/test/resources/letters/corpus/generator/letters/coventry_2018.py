"""A peer review letter (invented) whose findings are one RAG-rated table: Area | RAG rating | What is working well |
What needs to improve, the rating written as a word (Green / Amber / Red) that belongs to no answer. Themes listed
before the table as a Word-numbered list. An overall summary paragraph and "Key messages" (a List Bullet list of the
main areas) before it; priorities typed "P1" .. "P4" as bold labels opening paragraphs. Fieldwork "12-15 March 2018";
letter "12th April 2018"; "Yours sincerely"."""
from letters._kit import para, table_cell_list
from model import AREA, Block, Letter, STRENGTH

ORG = "Coventry City Council"

ROWS = [
    ("Leadership and governance", "Green",
     ["Leaders and elected members share a clear ambition for children.",
      "The improvement board is chaired independently and holds services to account."],
     ["The quality assurance framework is not yet producing learning that reaches frontline teams."]),
    ("The front door and assessment", "Amber",
     ["The multi-agency safeguarding hub makes timely decisions on contacts."],
     ["Assessments do not consistently consider the history of the family.",
      "The voice of the child is weak in around a third of the assessments the team read."]),
    ("Child protection and children in need", "Amber",
     ["Child protection conferences are timely and well attended by partners."],
     ["Children in need plans are not reviewed regularly enough.",
      "Too many children are subject to a second or subsequent child protection plan."]),
    ("Workforce", "Red",
     ["Newly qualified social workers value the Assessed and Supported Year in Employment programme."],
     ["Turnover in the assessment teams was 34% last year.",
      "Caseloads in two locality teams are above 25."]),
]


def build():
    letter = Letter("coventry-2018-peer-review-rag-rated-findings", "new",
                    ["peer-review-letter", "rag-rated-findings-table", "themes-word-numbered",
                     "key-messages-areas-only", "typed-p-labels-bold", "fieldwork-unspaced-hyphen",
                     "date-ordinal"], header=None, footer="Page {PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review", "Coventry Children's Safeguarding Peer Review",
                       "12-15 March 2018", "2018-04-12", "Siobhan Atherley-Grant",
                       "Peer Review Lead, Local Government Association",
                       notes="Invented letter. The findings table's rating column (Green / Amber / Red) is not part "
                             "of any answer; each row's two findings columns are its strengths and areas. 'Key "
                             "messages' lists areas only, so it is the summary areas. P1 .. P4 are the refs.")
    letter.para("12th April 2018")
    letter.lines("Jonas Whitlow", "Director of Children's Services", ORG, "Council House", "Earl Street",
                 "Coventry", "CV1 5RR")
    letter.para("Dear Jonas")
    letter.para("**Coventry Children's Safeguarding Peer Review, 12-15 March 2018**")
    letter.paras("""
Thank you for inviting the peer team to Coventry. This letter confirms the feedback we gave to you and your
colleagues on the last day of the review. As you asked, we have rated each area we looked at: green where practice
is consistently good, amber where it is improving but not yet consistent, and red where it needs urgent attention.

The review looked at four areas:
""")
    letter.themes([r[0] for r in ROWS], style="number")
    letter.paras("""
Overall, Coventry is a council on an improvement journey that is visible to partners and staff. The leadership of
that improvement is strong, and practice is better than at the time of the last inspection, but it is not yet
consistently good.
""")
    letter.para("**Key messages**")
    letter.summary(AREA, [
        "Workforce stability is the biggest risk to further improvement.",
        "The quality of assessments and plans for children in need is too variable.",
        "Audit findings need to reach frontline managers and change practice.",
    ], style="List Bullet")
    letter.para("**Our findings**")
    rows = [[[para(h, bold=True)] for h in ("Area", "RAG rating", "What is working well", "What needs to improve")]]
    for theme, rating, strengths, areas in ROWS:
        rows.append([[para(theme, bold=True)], [para(rating)], table_cell_list(strengths),
                     table_cell_list(areas)])
    letter.blocks.append(Block("table", rows=rows, header=True, widths=[2000, 1200, 3200, 3200]))
    for theme, _, strengths, areas in ROWS:
        for text in strengths:
            letter.finding(theme, STRENGTH, text)
        for text in areas:
            letter.finding(theme, AREA, text)
    letter.para("**Priorities**")
    letter.para("We suggest the council and its partners focus on four priorities:")
    letter.recommendation_paras([
        ("P1", "Agree a workforce strategy that brings turnover in the assessment teams below 15% within a year."),
        ("P2", "Reduce caseloads in the two locality teams to no more than 20."),
        ("P3", "Review every child in need plan that has not been reviewed for three months."),
        ("P4", "Feed audit findings back to each team manager and check six months later what has changed."),
    ], group="Priorities")
    letter.para("We would be happy to return in a year to see how things have moved on.")
    letter.para("Yours sincerely")
    letter.lines("Siobhan Atherley-Grant", "Peer Review Lead", "Local Government Association")
    return [letter]
