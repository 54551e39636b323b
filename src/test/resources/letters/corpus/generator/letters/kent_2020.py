"""A long independent review report (invented): title page, contents table, an executive summary with "Key findings"
(two lists) and all eight recommendations Word-numbered, then a chapter per theme with prose, "Strengths" /
"Areas for development" sub-headings over List Bullet, and each recommendation repeated verbatim in the chapter it
belongs to as a bold "Recommendation 3" paragraph followed by its text (counted once: the executive summary's list
is the answer). Fieldwork "between September 2019 and January 2020"; report dated "March 2020" (month only)."""
from model import AREA, Letter, STRENGTH

ORG = "Kent County Council"

RECS = [
    "Publish a single front door protocol agreed by all agencies, with one route for professionals' concerns.",
    "Reduce the number of children's social work teams each child passes through from referral to long-term support.",
    "Introduce a practice standard for the frequency and quality of supervision and audit against it.",
    "Agree with the three district health trusts a shared dataset on children's emotional wellbeing.",
    "Create a specialist team for unaccompanied asylum-seeking children arriving at the port.",
    "Secure enough local placements for unaccompanied young people so that none is placed in unregulated "
    "accommodation under the age of 16.",
    "Give elected members a quarterly practice visit programme as part of their corporate parenting role.",
    "Commission an independent follow-up review in twelve months.",
]

CHAPTERS = [
    ("The front door", [0, 1],
     "The front door receives about 2,400 contacts a month. Since 2018 it has operated from two sites.",
     ["Decisions on contacts are timely: 95% are made within 24 hours.",
      "Early help is offered at the front door to families who do not need social work."],
     ["Professionals are not clear which of the two sites to contact.",
      "Children can pass through four teams before reaching a long-term social worker."]),
    ("Quality of practice", [2, 3],
     "I read 60 children's records and observed eight supervision sessions.",
     ["Most social workers know their children well and write to them in plain language.",
      "Child protection conferences are held on time in all areas."],
     ["Supervision is irregular in three of the twelve districts.",
      "Health partners and children's services hold different data on emotional wellbeing."]),
    ("Unaccompanied asylum-seeking children", [4, 5],
     "Kent receives more unaccompanied children than any other local authority, most of them arriving at the port.",
     ["The reception centre provides a warm and safe welcome."],
     ["Social workers for unaccompanied children are spread across district teams with no specialist support.",
      "Some 16 and 17 year olds have been placed in unregulated accommodation."]),
    ("Leadership and corporate parenting", [6, 7],
     "The Corporate Director and Lead Member are well known to staff.",
     ["Elected members are committed corporate parents and attend the Children in Care Council."],
     ["Members rarely see frontline practice at first hand."]),
]


def build():
    letter = Letter("kent-2020-independent-review-of-childrens-safeguarding", "new",
                    ["long-independent-review", "title-page", "contents-table", "executive-summary",
                     "key-findings-lists", "recommendations-repeated-in-chapters", "list-bullet-style",
                     "heading-areas-for-development", "fieldwork-months-between-years", "report-date-month-only",
                     "running-header"],
                    header="Independent Review of Children's Safeguarding in Kent – March 2020",
                    footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Independent review of children's safeguarding",
                       "Independent Review of Children's Safeguarding in Kent",
                       "September 2019 and January 2020", None, "Professor Adaeze Whitcombe",
                       "Independent reviewer",
                       notes="Invented report. The executive summary lists all eight recommendations, Word-numbered; "
                             "each is repeated word for word in its chapter as 'Recommendation n' and is counted "
                             "once, with the executive summary's group. The chapters are the themes; the executive "
                             "summary's 'Key findings' are the summary lists. Report dated by month only.")
    letter.heading("Independent Review of Children's Safeguarding in Kent", 0)
    letter.lines("Report to Kent County Council and the Kent Safeguarding Children Multi-Agency Partnership",
                 "Professor Adaeze Whitcombe, Independent Reviewer", "March 2020")
    letter.pagebreak()
    letter.heading("Contents", 1)
    letter.table([["Section", "Page"], ["Executive summary", "2"], ["1. Introduction and method", "4"],
                  ["2. The front door", "5"], ["3. Quality of practice", "7"],
                  ["4. Unaccompanied asylum-seeking children", "9"], ["5. Leadership and corporate parenting", "11"],
                  ["Appendix: people interviewed", "13"]], widths=[7600, 2000])
    letter.pagebreak()
    letter.heading("Executive summary", 1)
    letter.paras("""
Kent County Council asked me to review how well children are safeguarded in the county, and in particular how
children move from the front door into the right service. The review took place between September 2019 and January
2020. I met more than 200 people, read 60 children's records and visited every district.

Children in Kent are generally well served by committed staff. The council's strengths are real and should not be
lost. But the system children pass through is more complicated than it needs to be, and unaccompanied children, for
whom Kent carries a national responsibility, do not yet receive a consistent service.
""")
    letter.heading("Key findings", 2)
    letter.para("Strengths", bold=True)
    letter.summary(STRENGTH, [
        "A committed and stable workforce that knows children well.",
        "Timely decisions at the front door.",
        "Committed elected members and senior leaders.",
    ], style="List Bullet")
    letter.para("Areas for development", bold=True)
    letter.summary(AREA, [
        "Too many transfers between teams for each child.",
        "Variable supervision across districts.",
        "No specialist service for unaccompanied asylum-seeking children.",
    ], style="List Bullet")
    letter.heading("Recommendations", 2)
    letter.recommendations(RECS, group="Recommendations", style="number", refs="auto")
    letter.pagebreak()
    letter.heading("1. Introduction and method", 1)
    letter.paras("""
The review was commissioned by the Corporate Director of Children, Young People and Education in August 2019. Its
terms of reference asked four questions, about the front door, the quality of practice, unaccompanied children and
leadership. Each has a chapter of this report.

I was supported by two practice reviewers, both experienced social work managers from other councils.
""")
    for n, (theme, rec_index, prose, strengths, areas) in enumerate(CHAPTERS, 2):
        letter.answer["framework_themes"].append(theme)
        letter.heading(f"{n}. {theme}", 1)
        letter.para(prose)
        letter.heading("Strengths", 3)
        letter.findings(theme, STRENGTH, strengths, style="List Bullet")
        letter.heading("Areas for development", 3)
        letter.findings(theme, AREA, areas, style="List Bullet")
        for i in rec_index:
            letter.para(f"Recommendation {i + 1}", bold=True)
            letter.para(RECS[i])
    letter.heading("Appendix: people interviewed", 1)
    letter.para("The reviewer met elected members, senior leaders, 140 practitioners and managers, 23 children and "
                "young people, 11 parents and carers, and representatives of partner agencies.")
    return [letter]
