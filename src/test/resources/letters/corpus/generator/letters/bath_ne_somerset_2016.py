"""An LGA children's safeguarding peer challenge letter (invented): themes named in a sentence and as headings,
each theme with "What is going well" / "Even better if" sub-headings in prose and typed bullets, recommendations
in Word's List Number style under "Key recommendations", signed "Yours faithfully"."""
from model import AREA, Letter, STRENGTH

ORG = "Bath and North East Somerset Council"
THEMES = ["Leadership and management", "Practice with children and families", "Working with partners"]


def build():
    letter = Letter("bath-ne-somerset-2016-peer-challenge", "new",
                    ["lga-peer-challenge", "organisation-lower-case-words", "themes-in-a-sentence",
                     "per-theme-subheadings", "heading-what-is-going-well", "heading-even-better-if",
                     "list-number-style", "fieldwork-en-dash-range", "letter-date-ordinal", "yours-faithfully",
                     "glyph-bullets", "prose-findings"],
                    header="Bath and North East Somerset Council – Safeguarding Peer Challenge 2016")
    letter.particulars(ORG, "Children's safeguarding peer challenge (Local Government Association)",
                       "Children's Safeguarding Peer Challenge", "14 – 17 November 2016", "2016-12-01",
                       "Andrew Lockwood", "Lead peer, Local Government Association",
                       notes="Invented letter. Themes named in a sentence only: framework_themes are the theme "
                             "headings.")
    letter.para("1st December 2016")
    letter.lines("Mike Bowden", "Strategic Director, People and Communities", ORG, "Guildhall", "High Street",
                 "Bath", "BA1 5AW")
    letter.para("Dear Mike")
    letter.heading("Children's safeguarding peer challenge, 14 – 17 November 2016", 2)
    letter.paras("""
Thank you for inviting the peer team to Bath and North East Somerset. We were made very welcome and would like to
thank everyone who took part, in particular the young people who met us and the staff who organised the week.

The peer challenge looked at three themes: leadership and management, practice with children and families, and
working with partners. We read 18 case files and held 31 meetings with staff, partners, members, parents and
young people. Our findings under each theme are set out below, followed by the recommendations we discussed with you
on the last day.
""")
    letter.heading(THEMES[0], 1)
    letter.heading("What is going well", 3)
    letter.finding_paras(THEMES[0], STRENGTH, [
        "Leaders are ambitious for children and have a good understanding of the service. The lead member is well "
        "informed and challenges officers constructively.",
        "Staff at all levels described an open culture in which they feel able to raise concerns and are listened "
        "to.",
    ])
    letter.heading("Even better if", 3)
    letter.findings(THEMES[0], AREA, [
        "the performance report to members included commentary on quality as well as numbers",
        "the council's plans for children were brought together into one document",
    ], style="glyph")
    letter.heading(THEMES[1], 1)
    letter.heading("What is going well", 3)
    letter.finding_paras(THEMES[1], STRENGTH, [
        "The team saw good examples of direct work with children, and social workers were able to describe "
        "children's lives and wishes clearly.",
        "The Signs of Safety approach is well embedded and families said they understood what was expected of "
        "them.",
        "Assessments are timely and most are of good quality.",
    ])
    letter.heading("Even better if", 3)
    letter.findings(THEMES[1], AREA, [
        "plans for children in need had clear timescales",
        "the reasons for management decisions were always recorded",
        "the response to children who go missing was coordinated with the work on exploitation",
    ], style="glyph")
    letter.heading(THEMES[2], 1)
    letter.heading("What is going well", 3)
    letter.finding_paras(THEMES[2], STRENGTH, [
        "There are strong relationships between agencies, and the Local Safeguarding Children Board provides "
        "effective challenge.",
    ])
    letter.heading("Even better if", 3)
    letter.findings(THEMES[2], AREA, [
        "GPs were more involved in child protection conferences",
        "the voluntary sector was included in multi-agency training",
    ], style="glyph")
    letter.answer["framework_themes"] = list(THEMES)
    letter.heading("Key recommendations", 1)
    letter.recommendations([
        "Bring the council's plans for children into a single plan with clear outcome measures.",
        "Strengthen child in need planning, including timescales and review.",
        "Align the response to missing children with the exploitation strategy.",
        "Work with health commissioners to increase GP participation in child protection.",
    ], group="Key recommendations", style="List Number", refs="auto")
    letter.paras("""
We hope these findings and recommendations will help you in your next steps. The LGA can provide further support,
and your Principal Adviser will contact you to discuss this.
""")
    letter.para("Yours faithfully")
    letter.lines("Andrew Lockwood", "Lead peer", "Local Government Association")
    return [letter]
