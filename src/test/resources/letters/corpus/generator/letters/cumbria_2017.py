"""An independent review of a Local Safeguarding Children Board (invented): executive summary with numbered
sub-sections, the Board's strengths and areas for development as lists, recommendations "Recommendation 1:" ..
in the text and gathered under "Summary of recommendations", a membership table, signed off by the reviewer."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Cumbria Local Safeguarding Children Board"


def build():
    letter = Letter("cumbria-2017-lscb-review", "new",
                    ["independent-review", "executive-summary", "numbered-sections", "numbered-subsections-2.1",
                     "strengths-and-areas-lists", "recommendations-gathered-at-end", "membership-table",
                     "word-numbered-recommendations", "fieldwork-month-range", "letter-date-full"],
                    header="Cumbria LSCB – Independent Review 2017", footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Independent review of a Local Safeguarding Children Board",
                       "Independent Review of Cumbria Local Safeguarding Children Board", "March and April 2017",
                       "2017-05-31", "Peter Hallam", "Independent Safeguarding Consultant",
                       notes="Invented report. One overall list of strengths and one of areas for development, "
                             "with no themes: the summary lists; no detailed findings.")
    letter.heading("Independent Review of Cumbria Local Safeguarding Children Board", 0)
    letter.lines("Report to the Board's Executive Group", "Peter Hallam, Independent Safeguarding Consultant",
                 "31 May 2017")
    letter.heading("1. Executive summary", 1)
    letter.paras("""
1.1 This review was commissioned by the Independent Chair of Cumbria Local Safeguarding Children Board (LSCB) to
assess how effectively the Board coordinates and challenges the work of its partners, and to advise on the Board's
priorities for the next two years. The review was carried out in March and April 2017.

1.2 Cumbria is a large and largely rural county with six districts, two clinical commissioning groups and one police
force. The Board's work is supported by a business unit of five staff. The review found a Board with committed
members and a strong independent chair, but whose structure has become complicated and whose influence on frontline
practice is uneven across the county.
""")
    letter.heading("2. Scope and method", 1)
    letter.para("2.1 The review considered the following questions, agreed with the Chair:")
    letter.enquiries([
        "Does the Board know how well children are safeguarded in each part of the county?",
        "Is the Board's structure efficient and does it make the best use of partners' time?",
        "How well does the Board hear the voices of children and young people?",
    ], style="number")
    letter.para("2.2 The reviewer interviewed 34 people, observed meetings of the Board and of five subgroups, and "
                "read the Board's annual reports, business plans and audit reports for 2014 to 2017.")
    letter.heading("3. Findings", 1)
    letter.heading("3.1 Strengths", 2)
    letter.para("The review found the following strengths:")
    letter.summary(STRENGTH, [
        "The Independent Chair is highly regarded and provides robust challenge to partners.",
        "The Board's learning and improvement framework is clear and well understood.",
        "Serious case reviews are of good quality and their learning is disseminated through well attended "
        "briefings.",
        "The Board's multi-agency training offer is extensive and well evaluated.",
    ], style="bullet")
    letter.heading("3.2 Areas for development", 2)
    letter.para("The review identified the following areas for development:")
    letter.summary(AREA, [
        Item("The Board's data set is large but does not allow members to compare districts:", [
            "performance data is reported at county level only",
            "health and police data are not included for most measures",
        ]),
        "There are eleven subgroups and task and finish groups, with overlapping membership and remits.",
        "Children and young people are not involved in the work of the Board.",
        "Attendance by schools at Board meetings has been poor.",
    ], style="bullet")
    letter.heading("4. Membership and attendance", 1)
    letter.para("4.1 Attendance at the six Board meetings held in 2016/17 is shown below.")
    letter.table([["Agency", "Meetings attended (of 6)"],
                  ["Cumbria County Council", "6"], ["Cumbria Constabulary", "6"],
                  ["North Cumbria CCG", "5"], ["Morecambe Bay CCG", "3"],
                  ["Schools (primary and secondary representatives)", "2"],
                  ["National Probation Service", "4"]], widths=[6400, 3200])
    letter.heading("5. Summary of recommendations", 1)
    letter.para("5.1 The reviewer recommends that the Board:")
    letter.recommendations([
        "Develops a core data set that reports by district and includes health and police data.",
        "Reduces the number of subgroups to no more than six, each with a clear remit and work plan.",
        "Establishes a young people's safeguarding group to advise the Board.",
        "Agrees with the schools forum how schools will be represented and held to account.",
    ], group="Summary of recommendations", style="number", refs="auto")
    letter.para("5.2 I would like to thank the Chair, Board members and the business unit for their help with this "
                "review.")
    letter.lines("Peter Hallam", "Independent Safeguarding Consultant")
    return [letter]
