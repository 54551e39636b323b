"""A section of a safeguarding children partnership's yearly report about the independent review of its arrangements
(invented). The report has a foreword by the three partners, the partnership's own priorities (not the review's),
and "Section 5: Independent review of our arrangements": the reviewer named in the text with the fieldwork month,
"What the reviewer found" as two lists after lead-in sentences, the review's recommendations as a bulleted list, then
per recommendation "What we did" and "What difference it made" (the partnership's response, not findings). No themes.
Published "October 2020" (month only)."""
from model import AREA, Letter, STRENGTH

ORG = "Hampshire Safeguarding Children Partnership"


def build():
    letter = Letter("hampshire-2020-safeguarding-partnership-annual-report-independent-review", "new",
                    ["partnership-yearly-report-section", "foreword-by-partners", "partnership-priorities-distractor",
                     "lead-in-summary-lists", "what-we-did-what-difference-it-made", "unnumbered-recommendations",
                     "fieldwork-during-month", "report-date-month-only", "lead-named-in-text", "no-themes"],
                    header="HSCP Annual Report 2019–20", footer="{PAGE}")
    letter.particulars(ORG, "Independent review of multi-agency safeguarding arrangements (reported in the "
                            "partnership's yearly report)", "Independent review of our arrangements",
                       "November 2019", None, "Dr Rosalind Feathers",
                       "Independent reviewer, former director of children's services",
                       notes="Invented report. Only section 5 carries answers. The foreword's signatories are the "
                             "three safeguarding partners, not the reviewer. 'What we did' and 'What difference it "
                             "made' are the partnership's response to each recommendation, not findings; the "
                             "recommendations are the reviewer's, as first listed. Published by month only.")
    letter.heading("Hampshire Safeguarding Children Partnership Annual Report 2019–20", 0)
    letter.para("Published October 2020")
    letter.heading("Foreword", 1)
    letter.paras("""
This is the first full year of the Hampshire Safeguarding Children Partnership. We have kept the things that worked
under the old Board, and we asked an independent reviewer to tell us honestly how well the new arrangements are
working. Her findings and what we have done about them are in section 5.

The last months of the year were dominated by the pandemic. We thank every practitioner in Hampshire who has kept
visiting children and families in very difficult circumstances.
""")
    letter.lines("Director of Children's Services, Hampshire County Council",
                 "Chief Constable, Hampshire Constabulary",
                 "Director of Nursing, NHS Hampshire and Isle of Wight clinical commissioning groups")
    letter.heading("Section 3: Our priorities", 1)
    letter.para("The partnership's three priorities for 2019–21 are:")
    letter.bullets(["Neglect", "Exploitation and missing children", "Safeguarding adolescents online"])
    letter.heading("Section 4: Learning from reviews", 1)
    letter.para("Four rapid reviews were held in 2019–20. One led to a local child safeguarding practice review, "
                "which will be published in 2021.")
    letter.heading("Section 5: Independent review of our arrangements", 1)
    letter.paras("""
At the partners' request, Dr Rosalind Feathers, a former director of children's services, reviewed the new
arrangements in November 2019, a year after they began. She met the partners, chaired a practitioners' event attended by 70
people, observed the Partnership Executive and read our plans and audits.
""")
    letter.heading("What the reviewer found", 2)
    letter.para("The reviewer found much to commend:")
    letter.summary(STRENGTH, [
        "The three partners share leadership of the partnership and attend in person.",
        "The four local safeguarding groups keep the partnership close to practitioners in each district.",
        "The neglect toolkit is used by schools, health visitors and social workers alike.",
    ])
    letter.para("She also found areas where the partnership needs to go further:")
    letter.summary(AREA, [
        "The partnership cannot yet show what difference it makes to children.",
        "Independent scrutiny is limited to an annual review; there is no scrutiny in between.",
        "Relevant agencies such as housing and the voluntary sector feel consulted rather than involved.",
        "Children and young people have had no say in the partnership's priorities.",
    ])
    letter.heading("Recommendations", 2)
    recs = [
        "Develop a small set of outcome measures and report them to every Partnership Executive.",
        "Commission independent scrutiny throughout the year, not only at year end.",
        "Give relevant agencies a seat on the local safeguarding groups.",
        "Involve children and young people in setting the priorities for 2021–23.",
    ]
    letter.recommendations(recs, group="Recommendations", style="bullet", numbered=False)
    letter.heading("What we did and what difference it made", 2)
    for rec, did, difference in [
        (recs[0], "An outcomes dashboard of 12 measures was agreed in February 2020.",
         "The Executive now spends the first half of each meeting on what the measures show."),
        (recs[1], "We appointed two independent scrutineers who each review one theme a quarter.",
         "The first scrutiny, on exploitation, changed how the missing-from-home return interviews are done."),
        (recs[2], "Housing and voluntary sector representatives now sit on all four local groups.",
         "Attendance has been good, and housing led the local group's work on overcrowding."),
        (recs[3], "A young people's reference group was set up with the Youth Parliament.",
         "Their survey of 900 young people will shape our priorities for 2021–23."),
    ]:
        letter.para(rec, bold=True)
        letter.para("What we did", bold=True)
        letter.para(did)
        letter.para("What difference it made", bold=True)
        letter.para(difference)
    letter.heading("Section 6: Looking ahead", 1)
    letter.para("In 2020–21 the partnership will focus on recovery from the pandemic and on the new priorities.")
    return [letter]
