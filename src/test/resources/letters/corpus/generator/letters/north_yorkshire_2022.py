"""A local child safeguarding practice review summary (invented) published by a safeguarding partnership: the
partnership as the organisation, a "Statement from the safeguarding partners" signed by the three partners by role
(not the lead), the independent lead reviewer named in the method, the period the review looked at ("March 2019 to
August 2021", not the review's dates) beside the review's own dates ("during May and June 2022"), the learning themes
as a Word-numbered list, a "Learning theme 1: ..." Heading 2 per theme with bold "What went well" / "What could have
been better" over List Bullet findings, and "Recommendations to the partnership" in a No. | Recommendation | Lead
agency table. Published "12 October 2022"."""
from letters._kit import recommendations_table
from model import AREA, Letter, STRENGTH

ORG = "North Yorkshire Safeguarding Children Partnership"

THEMES = [
    ("Seeing the baby",
     ["The health visitor saw Baby T at every planned contact and recorded her weight and development carefully."],
     ["Professionals focused on the mother's needs and rarely described what life was like for Baby T.",
      "No professional saw Baby T being cared for by her father."]),
    ("Information sharing between agencies",
     ["The midwife shared her concern about the mother's mental health with the GP on the same day."],
     ["Police call-outs to the family home were not shared with health visiting.",
      "The referral to children's social care did not include the father's previous convictions."]),
    ("Working with fathers and men in the household",
     [],
     ["The father was not invited to any appointment, meeting or assessment.",
      "Agencies do not routinely record who lives in a household or visits it often."]),
    ("Rural isolation and access to services",
     ["The family support worker arranged transport so that the mother could attend a parenting group."],
     ["The family lived 25 miles from the nearest children's centre, and two appointments were missed because of "
      "bus cancellations."]),
]


def build():
    letter = Letter("north-yorkshire-2022-child-safeguarding-practice-review-summary", "new",
                    ["lcspr-summary", "partnership-as-organisation", "partners-statement-by-role",
                     "lead-reviewer-named-in-method", "scope-period-beside-review-dates", "themes-word-numbered",
                     "learning-theme-n-headings", "bold-labels-what-went-well", "list-bullet-style",
                     "recommendations-table-lead-agency", "published-date"],
                    header="North Yorkshire Safeguarding Children Partnership – Child T", footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Local child safeguarding practice review",
                       "Local Child Safeguarding Practice Review: Child T – Summary Report",
                       "May and June 2022", "2022-10-12", "Catherine Ashdown-Royle", "Independent lead reviewer",
                       notes="Invented summary. The period the review looked at (March 2019 to August 2021) is not "
                             "the review's dates; the review was carried out during May and June 2022. The partners' "
                             "statement is signed by role and is not the lead; the independent lead reviewer named in "
                             "the method is. Recommendations have refs 1 .. 5 from the No. column, grouped by the "
                             "heading over the table.")
    letter.heading("Local Child Safeguarding Practice Review: Child T", 0)
    letter.para("Summary Report")
    letter.para("Published 12 October 2022")
    letter.heading("Statement from the safeguarding partners", 1)
    letter.paras("""
We are very sorry for the harm that came to Child T, and we thank her family for speaking to the reviewer. We accept
the findings of this review and each of our organisations has agreed what it will do in response.
""")
    letter.lines("Corporate Director, Children and Young People's Service, North Yorkshire County Council",
                 "Chief Constable, North Yorkshire Police",
                 "Director of Nursing, NHS North Yorkshire Clinical Commissioning Group")
    letter.heading("1. Introduction", 1)
    letter.paras("""
Child T was seven months old when she was admitted to hospital with injuries that doctors believed had been
inflicted. The North Yorkshire Safeguarding Children Partnership decided, after a rapid review, that the case met the
criteria for a local child safeguarding practice review.

The review looked at the involvement of agencies with Child T and her family from March 2019 to August 2021, from the
mother's first booking with midwifery to Child T's admission to hospital.
""")
    letter.heading("2. How the review was carried out", 1)
    letter.paras("""
The review was led by Catherine Ashdown-Royle, an independent lead reviewer with no connection to any agency in
North Yorkshire. It was carried out during May and June 2022. The lead reviewer read chronologies from nine
agencies, met practitioners at two learning events and spoke to Child T's mother and maternal grandmother.
""")
    letter.heading("3. Learning themes", 1)
    letter.para("The review identified four learning themes:")
    letter.themes([t[0] for t in THEMES], style="number")
    for n, (theme, well, better) in enumerate(THEMES, 1):
        letter.heading(f"Learning theme {n}: {theme}", 2)
        if well:
            letter.para("What went well", bold=True)
            letter.findings(theme, STRENGTH, well, style="List Bullet")
        letter.para("What could have been better", bold=True)
        letter.findings(theme, AREA, better, style="List Bullet")
    letter.heading("4. Recommendations to the partnership", 1)
    recommendations_table(letter, ("No.", "Recommendation", "Lead agency"), [
        ("1", "Add to the partnership's practice standards that every contact with a baby records what was seen of "
              "the baby's care.", "Partnership business unit"),
        ("2", "Agree a protocol for sharing police call-outs to homes with a child under one with health visiting "
              "within one working day.", "North Yorkshire Police"),
        ("3", "Require every assessment to name the men who live in or often visit the household, and to invite "
              "fathers to take part.", "Children and Young People's Service"),
        ("4", "Audit in twelve months how often fathers are seen by midwifery and health visiting.", "NHS North "
              "Yorkshire Clinical Commissioning Group"),
        ("5", "Review transport support for families in rural areas who are offered parenting help.",
         "North Yorkshire County Council"),
    ], group="Recommendations to the partnership", widths=[800, 6000, 2800])
    letter.paras("""
The partnership will publish its response to these recommendations and report on progress in its next yearly
report.
""")
    return [letter]
