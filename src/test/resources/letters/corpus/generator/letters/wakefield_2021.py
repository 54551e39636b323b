"""A safeguarding partnership's independent scrutineer's annual report (invented), written in the first person: the
partnership as the organisation, no heading styles (every heading a bold paragraph, some in capitals), the year's
scrutiny activity as a Month | Activity table, the four scrutiny areas as a typed "1." .. "4." list, per area bold
run-in "What is working well" / "What needs to be better" over typed "•" bullets, a table of LAST year's
recommendations with their progress (not this year's answers), and this year's recommendations typed "R1" .. "R5" in
a Ref | Recommendation | For table. Fieldwork "between April 2020 and March 2021"; published "30 September 2021"."""
from letters._kit import recommendations_table
from model import AREA, Letter, STRENGTH

ORG = "Wakefield District Safeguarding Children Partnership"

AREAS = [
    ("Leadership by the three safeguarding partners",
     ["The three partners met every month through the pandemic and never cancelled a meeting.",
      "Decisions are recorded with an owner and a date, and the record is published to practitioners."],
     ["The partners have not yet agreed how each of them will be held to account by the others.",
      "Schools are consulted but are not part of the decision-making group."]),
    ("Learning from reviews",
     ["Rapid reviews were completed within 15 working days in every case this year.",
      "Seven-minute briefings from local reviews are well known by frontline staff."],
     ["Two local child safeguarding practice reviews have taken more than a year to publish.",
      "There is no check of whether learning has changed practice six months on."]),
    ("The voice of children and families",
     ["The Young Advisors group reviewed the partnership's website and their changes were made."],
     ["Children's views are gathered by each agency separately and are not brought together.",
      "Parents whose children were subject to a child protection plan have not been asked about their experience."]),
    ("The multi-agency safeguarding hub",
     ["Police, health and children's social care staff are co-located again since July 2020.",
      "Strategy discussions are held on the same day in 92% of cases."],
     ["Education has no seat in the hub, so information from schools arrives late."]),
]



def build():
    letter = Letter("wakefield-2021-safeguarding-partnership-independent-scrutineer-report", "new",
                    ["independent-scrutineer-annual-report", "first-person", "partnership-as-organisation",
                     "no-heading-styles", "bold-capitals-headings", "activity-table", "typed-numbered-themes",
                     "bold-run-in-labels", "typed-glyph-bullets", "last-years-recommendations-table-distractor",
                     "recommendations-ref-table-three-columns", "fieldwork-months-between-years",
                     "published-date"],
                    header=None, footer="Wakefield District Safeguarding Children Partnership | Page {PAGE}")
    letter.particulars(ORG, "Independent scrutiny of safeguarding partnership arrangements",
                       "Independent Scrutineer's Annual Report 2020–21", "April 2020 and March 2021",
                       "2021-09-30", "Dr Miriam Castellane-Booth", "Independent Scrutineer",
                       notes="Invented report. The four scrutiny areas are the themes. Last year's recommendations "
                             "(with their progress) are not this year's answers; this year's R1 .. R5 are, grouped "
                             "by the bold heading over their table. The scrutineer wrote the report and did the "
                             "scrutiny, so she is the lead.")
    letter.para("WAKEFIELD DISTRICT SAFEGUARDING CHILDREN PARTNERSHIP", bold=True)
    letter.para("INDEPENDENT SCRUTINEER'S ANNUAL REPORT 2020–21", bold=True)
    letter.para("Published: 30 September 2021")
    letter.para("INTRODUCTION", bold=True)
    letter.paras("""
This is my second annual report as Independent Scrutineer to the Wakefield District Safeguarding Children
Partnership. Under Working Together to Safeguard Children 2018 the three safeguarding partners – Wakefield Council,
West Yorkshire Police and NHS Wakefield Clinical Commissioning Group – must arrange for independent scrutiny of how
well they work together. This report covers my work between April 2020 and March 2021, a year shaped by the
pandemic.

I have tried to write plainly. Where I say something is working well, I have seen evidence of it; where I say
something needs to be better, I have discussed it with the partners before writing it down.
""")
    letter.para("WHAT I DID THIS YEAR", bold=True)
    letter.table([["Month", "Activity"],
                  ["May 2020", "Observed the safeguarding partners' executive group (virtual)"],
                  ["July 2020", "Multi-agency case audit of eight children known to the hub"],
                  ["October 2020", "Focus groups with 31 practitioners from health, police, schools and social care"],
                  ["January 2021", "Review of the partnership's rapid reviews and practice reviews"],
                  ["March 2021", "Conversation with the Young Advisors group"]], widths=[2200, 7400])
    letter.para("THE AREAS I LOOKED AT", bold=True)
    letter.para("With the partners I agreed to focus on four areas this year:")
    for n, (name, _, _) in enumerate(AREAS, 1):
        letter.para(f"{n}. {name}")
        letter.answer["framework_themes"].append(name)
    letter.para("WHAT I FOUND", bold=True)
    for name, strengths, areas in AREAS:
        letter.para(name, bold=True)
        letter.para("**What is working well**")
        letter.findings(name, STRENGTH, strengths, style="glyph")
        letter.para("**What needs to be better**")
        letter.findings(name, AREA, areas, style="glyph")
    letter.para("PROGRESS ON LAST YEAR'S RECOMMENDATIONS", bold=True)
    letter.para("Last year I made three recommendations. The partners have told me what they have done:")
    letter.table([["2019–20 recommendation", "Progress"],
                  ["Publish a single threshold document for the district.", "Done – published June 2020"],
                  ["Bring probation into the executive group.", "Done – attends since September 2020"],
                  ["Agree a shared budget for the partnership.", "Partly done – agreed for one year only"]],
                 widths=[5600, 4000])
    letter.para("MY RECOMMENDATIONS FOR 2021–22", bold=True)
    recommendations_table(letter, ("Ref", "Recommendation", "For"), [
        ("R1", "Agree and publish how each safeguarding partner will hold the other two to account.",
         "All three partners"),
        ("R2", "Give schools a place in the partnership's decision-making group.", "Wakefield Council"),
        ("R3", "Publish every local child safeguarding practice review within six months of its completion.",
         "Business unit"),
        ("R4", "Test six months after each review whether its learning has changed practice, and report the result.",
         "Learning and review group"),
        ("R5", "Place an education safeguarding officer in the multi-agency safeguarding hub.", "Wakefield Council"),
    ], group="MY RECOMMENDATIONS FOR 2021–22", widths=[900, 6300, 2400])
    letter.para("I am grateful to everyone who gave their time to this work in such a hard year.")
    letter.lines("Dr Miriam Castellane-Booth", "Independent Scrutineer", "Wakefield District Safeguarding Children "
                 "Partnership")
    return [letter]
