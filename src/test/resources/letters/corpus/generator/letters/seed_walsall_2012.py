"""The Walsall 2012 peer review letter (answers: the shared ground truth) written out again in two other layouts."""
from model import AREA, Item, Letter, STRENGTH
from letters._truth import findings_by_theme, nest, truth

T = truth("walsall-2012-peer-review.json")
ORG = "Walsall Metropolitan Borough Council"
# Both tables of the seed name this theme; one Word table has one row for it, so one heading.
RENAME = {"Service Delivery & Effective practice": "Service Delivery & Effective Practice"}
INTRO = ("Following the recent peer review, we agreed to send you a letter confirming our findings and summarising "
         "the outline action you will be taking. As you know the safeguarding challenge focused on the following "
         "key areas:")
NOT_INSPECTION = ("It is important to stress again that this was not an inspection. A team of peers used their "
                  "experience to reflect on the evidence you presented on safeguarding vulnerable children and young "
                  "people. The focus of our feedback is to assist you to sustain and to improve on current levels of "
                  "performance.")
CONCLUSION = """
The peer team concluded that there is much of which Children's Services in Walsall, and partner organisations, can
be justifiably proud. We were particularly impressed with the excellent examples we saw of the engagement and
participation of young people, where we felt you had much to offer other authorities.

There are some issues to address. We found a surprising reluctance to celebrate your key achievements. We did not
get a sufficient sense of these from the documentation that we were sent. However, on meeting frontline and other
staff, we quickly learned of much that was forward thinking, joined up and innovative.

The systematic development, by yourself and your partners, of a clear and succinct road map and a Munro
implementation plan will help you better communicate your vision, ensure staff partners and services are signed up
to and implement your new vision; and give you a structure against to evaluate progress.
"""
CLOSE = """
You and your colleagues will want to consider how you incorporate the team's findings into your improvement plans,
including taking the opportunity for sector support through the Children's Improvement Board.

We wish you well with taking these priorities forward. The Local Government Association is offering a follow up
visit within the next 12 months after the peer review. This would give us both an opportunity to evaluate the
process and assess impact.
"""


def particulars(letter):
    letter.particulars(ORG, T["review_type"], T["title"], None, "2012-03-25", "Paul Curran",
                       "Head of Safeguarding Programme, Local Government Association",
                       notes="Rewrite of the Walsall 2012 seed letter in another layout; the letter states no "
                             "fieldwork dates (the workshop of 16th March 2012 is not the fieldwork).")


def address(letter, date):
    letter.lines("Pauline Pilkington", "Director for Children's Services", ORG, "The Council House",
                 "Lichfield Street", "Walsall")
    letter.para(date)
    letter.para("Dear Pauline,")
    letter.para("**RE: CHILDREN'S SERVICES SAFEGUARDING PEER REVIEW**")


def list_styles():
    """Word's built-in list styles (List Bullet, List Bullet 2, List Number) and a theme | strengths | areas table."""
    letter = Letter("walsall-2012-list-styles-table", "seed-layout",
                    ["list-bullet-style", "list-number-style", "findings-table-columns", "sub-bullets",
                     "running-header"], header="Walsall children's safeguarding peer review – March 2012",
                    letter="walsall-2012")
    particulars(letter)
    address(letter, "25th March 2012")
    letter.para(INTRO)
    letter.themes(T["framework_themes"], style="List Bullet")
    letter.para("Within these overall areas, you asked the team to explore the following issues:")
    letter.enquiries([q["question"] for q in T["lines_of_enquiry"]], style="List Bullet")
    letter.para("This letter sets out our findings on these areas including the areas of strength identified and "
                "the areas which you might want to consider further.")
    letter.para(NOT_INSPECTION)
    letter.heading("Summary Strengths", 2)
    letter.summary(STRENGTH, T["summary_strengths"], style="List Bullet")
    letter.heading("Summary Areas for Consideration", 2)
    letter.summary(AREA, nest(T["summary_areas_for_consideration"], {7: [8, 9]}), style="List Bullet")
    letter.paras(CONCLUSION)
    letter.heading("Priorities for action", 2)
    letter.para("At the workshop on 16th March 2012 you discussed the feedback presented by the peer team. You "
                "identified the following areas for initial exploration:")
    letter.recommendations([p["text"] for p in T["priorities_or_recommendations"]],
                           group="Priorities for action", style="List Number", refs="auto")
    letter.paras(CLOSE)
    letter.para("Yours sincerely")
    letter.lines("Paul Curran", "Head of Safeguarding Programme, Local Government Association")
    letter.pagebreak()
    letter.heading("Detailed findings", 1)
    letter.para("The table below expands the summary earlier in this letter and sets out the strengths and the areas "
                "for further consideration noted by the peer team under each key area.")
    letter.findings_table(findings_by_theme(T, RENAME), headings=("Key area", "Strengths",
                                                                   "Areas for further consideration"),
                          style="List Bullet")
    return letter


def numbered_sections():
    """Numbered sections with the recommendations first (2. Key recommendations, 2.1 ...), other headings for the
    summaries, and the findings as theme rows followed by "Strengths:" / "Areas for further consideration:" rows."""
    letter = Letter("walsall-2012-numbered-sections", "seed-layout",
                    ["numbered-sections", "numbered-recommendations-2.1", "heading-key-strengths",
                     "heading-even-better-if", "findings-table-theme-rows", "glyph-bullets", "letter-enumeration"],
                    header=None, footer="{PAGE}", letter="walsall-2012")
    particulars(letter)
    address(letter, "25 March 2012")
    letter.heading("1. Introduction", 1)
    letter.para("Thank you for inviting the Local Government Association to undertake a children's safeguarding peer "
                "review. " + NOT_INSPECTION)
    letter.heading("2. Key recommendations", 1)
    letter.para("At the prioritisation workshop held at the conclusion of the peer review, you and your partners "
                "identified the following recommendations as those that will support Walsall in making further "
                "progress:")
    letter.recommendations([Item(p["text"], label=f"2.{n}") for n, p in enumerate(T["priorities_or_recommendations"], 1)],
                           group="Key recommendations", style="plain")
    letter.heading("3. Scope of the review", 1)
    letter.para("3.1 " + INTRO)
    letter.themes(T["framework_themes"], style="bullet")
    letter.para("3.2 Within these overall areas, you asked the team to explore the following issues:")
    letter.enquiries([q["question"] for q in T["lines_of_enquiry"]], style="letter")
    letter.heading("4. Key strengths", 1)
    letter.summary(STRENGTH, T["summary_strengths"], style="glyph")
    letter.heading("5. Even better if", 1)
    letter.para("The team suggests you consider the following:")
    letter.summary(AREA, nest(T["summary_areas_for_consideration"], {7: [8, 9]}), style="glyph")
    letter.heading("6. Conclusion", 1)
    letter.paras(CONCLUSION)
    letter.paras(CLOSE)
    letter.para("Yours sincerely")
    letter.lines("Paul Curran", "Head of Safeguarding Programme, Local Government Association")
    letter.pagebreak()
    letter.heading("Appendix: findings by key area", 1)
    letter.findings_table(findings_by_theme(T, RENAME), layout="rows")
    return letter


def build():
    return [list_styles(), numbered_sections()]
