"""A regional sector-led improvement peer review letter (invented, North West ADCS): an "Our ref" line, letter date
"14 December 2018", fieldwork "27th to 29th November 2018", the council's key question as a bold paragraph answered
by the paragraph after it, the review's three focus areas named in a sentence, findings as one table whose theme
rows span the table and are followed by "What's working well" / "Areas to explore" rows, an overall paragraph pair
"Overall, the team found ..." with List Number summary lists, and "Suggested next steps" as Word bullets (refs null).
Signed by the review lead and the regional SLI coordinator (the lead signs first and is named as lead)."""
from model import AREA, Letter, STRENGTH

ORG = "Blackpool Council"

ROWS = [
    ("Contextual safeguarding and adolescents at risk",
     ["The Awaken team brings police, social care and health together around young people at risk of exploitation.",
      "Return home interviews are completed within 72 hours in nine out of ten cases."],
     ["Strategy discussions for exploited young people are not always held in school holidays.",
      "The map of peer groups and places of concern is not shared with schools."]),
    ("Neglect",
     ["Practitioners use the graded care profile well and families understand it."],
     ["Neglect cases stay at child in need level for long periods without escalation.",
      "Housing and health are not routinely part of neglect planning."]),
    ("Management oversight and supervision",
     ["Supervision is regular and recorded on the child's file."],
     ["Supervision records describe tasks rather than reflecting on the child's experience."]),
]

QUESTION = "Are we confident that the right children are getting the right help at the right time?"


def build():
    letter = Letter("blackpool-2018-sector-led-improvement-peer-review", "new",
                    ["sector-led-improvement-peer-review", "regional-adcs", "our-ref-line", "key-question-bold-para",
                     "themes-in-sentence", "findings-table-theme-rows", "whats-working-well-areas-to-explore",
                     "list-number-summary-lists", "suggested-next-steps-bullets", "two-signatories",
                     "fieldwork-ordinal-to"],
                    header=None, footer="North West ADCS Sector-Led Improvement Programme")
    letter.particulars(ORG, "Sector-led improvement peer review (North West ADCS)",
                       "North West Sector-Led Improvement Peer Review: Blackpool", "27th to 29th November 2018",
                       "2018-12-14", "Andrea Kilbride-Shaw", "Review lead, Director of Children's Services, Wigan "
                       "Council",
                       notes="Invented letter. The three focus areas are named only in a sentence, so the themes are "
                             "the findings table's theme rows. The key question is the line of enquiry, answered in the "
                             "paragraph under it. 'Suggested next steps' are the recommendations (bullets, no refs). "
                             "The first signatory is named as the review lead; the coordinator is not.")
    letter.para("Our ref: NWADCS/SLI/2018/11")
    letter.para("14 December 2018")
    letter.lines("Diane Mulcahy-Reed", "Director of Children's Services", ORG, "PO Box 4", "Blackpool FY1 1NA")
    letter.para("Dear Diane,")
    letter.para("**North West Sector-Led Improvement Peer Review: Blackpool**")
    letter.paras("""
Thank you for hosting the peer review team from 27th to 29th November 2018. This letter sets out the feedback we
gave at the end of the review. As you know, peer reviews in the North West are part of our regional sector-led
improvement programme: they are offered by councils to councils and are not an inspection.

You asked us to look at contextual safeguarding and adolescents at risk, at neglect, and at management oversight and
supervision, and to help you answer one key question:
""")
    letter.para(QUESTION, bold=True)
    answer = ("Mostly, yes. Thresholds are well understood at the front door and the team agreed with every decision it "
              "sampled there. The exception is neglect, where children can wait too long at child in need level "
              "before anyone asks whether the plan is working.")
    letter.para(answer)
    letter.answer["lines_of_enquiry"].append({"question": QUESTION, "finding_summary": answer})
    letter.paras("""
Overall, the team found a service that is honest about itself and ambitious for Blackpool's children. Its strengths
were:
""")
    letter.summary(STRENGTH, [
        "Strong multi-agency work with adolescents at risk of exploitation.",
        "A stable and experienced management team.",
        "Practitioners who know their families well.",
    ], style="List Number")
    letter.para("The areas where the team felt Blackpool could do more were:")
    letter.summary(AREA, [
        "Escalation of neglect cases that are not improving.",
        "The reflective quality of supervision.",
    ], style="List Number")
    letter.para("The detailed findings for each area follow.")
    letter.findings_table(ROWS, layout="rows", labels=("What's working well", "Areas to explore"))
    for theme, _, _ in ROWS:
        letter.answer["framework_themes"].append(theme)
    letter.para("**Suggested next steps**")
    letter.recommendations([
        "Set a review point at six months for every child in need plan for neglect, with escalation if it has not "
        "improved.",
        "Invite housing and health to neglect planning meetings as standard.",
        "Share the exploitation mapping with designated safeguarding leads each half-term.",
        "Use the regional supervision audit tool to move supervision from tasks to reflection.",
    ], group="Suggested next steps", style="bullet", numbered=False, refs=None)
    letter.paras("""
We would be happy to come back in the spring to see how things are going. Thank you again for a warm welcome.

Yours sincerely,
""")
    letter.lines("Andrea Kilbride-Shaw", "Review lead", "Director of Children's Services, Wigan Council")
    letter.lines("Robert Eastham", "Sector-Led Improvement Coordinator, North West ADCS")
    return [letter]
