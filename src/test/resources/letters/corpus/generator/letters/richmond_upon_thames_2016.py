"""A long LGA safeguarding peer review report (invented): title page, contents table, running header, footnotes (one inside a finding), executive
summary with "Key strengths" / "Key areas for consideration" (List Bullet style), lines of enquiry answered in a
question | response table, five themes as numbered sections whose findings are numbered prose paragraphs (3.2 ..,
one finding each) under "What is working well" / "What could be improved", Word-numbered recommendations with
sub-points, the peer team in an appendix naming the lead peer."""
from letters._kit import para
from model import AREA, Block, Letter, STRENGTH

ORG = "London Borough of Richmond upon Thames"
TITLE = "Children's Safeguarding Peer Review: London Borough of Richmond upon Thames"


def build():
    letter = Letter("richmond-upon-thames-2016-peer-review-report", "new",
                    ["lga-peer-review-report", "organisation-lower-case-words", "title-page", "contents-page",
                     "running-header", "list-bullet-style", "enquiries-question-response-table",
                     "numbered-theme-sections", "numbered-prose-findings", "recommendations-with-sub-points",
                     "peer-team-appendix", "footnotes", "lead-named-in-appendix", "fieldwork-to-range", "long"],
                    header="Richmond upon Thames – Children's Safeguarding Peer Review, March 2016",
                    footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)", TITLE,
                       "8 to 11 March 2016", "2016-04-15", "Margaret Rowe",
                       "Lead peer, former Director of Children's Services",
                       notes="Invented report. The report is not signed; the lead peer is named in the peer team "
                             "appendix. Paragraph numbers are not part of the findings.")
    letter.heading(TITLE, 0)
    letter.lines("Achieving for Children on behalf of the London Borough of Richmond upon Thames",
                 "8 to 11 March 2016", "Final report: 15 April 2016")
    letter.pagebreak()
    letter.heading("Contents", 1)
    letter.table([["1. Executive summary", "2"], ["2. Scope and approach", "3"],
                  ["3. Effective practice, service delivery and the voice of the child", "4"],
                  ["4. Outcomes, performance management and quality assurance", "5"],
                  ["5. Working together", "6"], ["6. Capacity and managing resources", "7"],
                  ["7. Vision, strategy and leadership", "8"], ["8. Recommendations", "9"],
                  ["Appendix: The peer team", "10"]], header=False, widths=[8400, 1200])
    letter.pagebreak()
    letter.heading("1. Executive summary", 1)
    letter.paras("""
1.1 Children's services in Richmond upon Thames have been delivered by Achieving for Children, a community interest
company owned by the Royal Borough of Kingston upon Thames and the London Borough of Richmond upon Thames, since
April 2014.[^Achieving for Children is called AfC in the rest of this report.] This review looked at safeguarding services for children in Richmond.

1.2 The peer team found services that are safe, with a strong commitment to children shown by staff at every
level. The move to the new organisation has been managed well, but some systems are still bedding in.
""")
    letter.heading("Key strengths", 2)
    letter.summary(STRENGTH, [
        "Committed, skilled staff who are proud to work for Achieving for Children",
        "Strong political and corporate support from the council",
        "A well-functioning single point of access with partners co-located",
        "Good quality direct work with children and young people",
    ], style="List Bullet")
    letter.heading("Key areas for consideration", 2)
    letter.summary(AREA, [
        "The commissioning relationship between the council and Achieving for Children needs to be clearer",
        "Performance information is plentiful but not always analysed",
        "Supervision is regular but does not always challenge drift",
    ], style="List Bullet")
    letter.heading("2. Scope and approach", 1)
    letter.para("2.1 The review used the LGA's safeguarding peer review framework[^Local Government Association, Children's safeguarding peer review: framework and guidance for councils, 2015.] of five themes, and the council "
                "asked the team to answer three key lines of enquiry. Our short answers are in the table below; "
                "the evidence for them is in the sections that follow.")
    questions = [
        ("Is the single point of access making consistent and timely decisions?",
         "Yes, in most cases. Decisions are timely, but partners do not always understand why a referral has not "
         "been accepted."),
        ("How well does the council hold Achieving for Children to account?",
         "Not yet well enough. The contract measures activity rather than the quality of practice and outcomes."),
        ("Are children's plans leading to change in their lives?",
         "For many children, yes. Some plans are too general and children remain on them for too long."),
    ]
    rows = [[[para("Key line of enquiry", bold=True)], [para("The peer team's response", bold=True)]]]
    for question, answer in questions:
        rows.append([[para(question)], [para(answer)]])
        letter.answer["lines_of_enquiry"].append({"question": question, "finding_summary": answer})
    letter.blocks.append(Block("table", rows=rows, header=True, widths=[4200, 5400]))
    letter.para("2.2 The team read 30 case files and met 160 people over four days on site from 8 to 11 March "
                "2016.")
    themes = [
        (3, "Effective practice, service delivery and the voice of the child",
         ["Social workers know their children well, and the team saw many examples of sensitive and creative "
          "direct work.",
          "Child protection conferences are well chaired, and parents told us they understood why they were there."],
         ["Plans are not always specific, and some children have been subject to child in need plans for more than "
          "two years without clear progress.",
          "The views of children are recorded but do not always shape the plan."]),
        (4, "Outcomes, performance management and quality assurance",
         ["A comprehensive monthly performance report is produced for every team."],
         ["Performance reports describe activity but rarely explain what the figures mean for children.",
          "The audit programme has not been completed this year because of capacity in the quality assurance "
          "team."]),
        (5, "Working together",
         ["Police, health and education colleagues are positive about their relationship with the single point "
          "of access.",
          "The Local Safeguarding Children Board is well led and its subgroups are active."],
         ["Partners are not always told the outcome of their referrals."]),
        (6, "Capacity and managing resources",
         ["Caseloads are manageable, at an average of 14 children per social worker.",
          "Agency staff make up only 12% of the workforce.[^Figure supplied by the AfC workforce team, February 2016.]"],
         ["The shared back-office systems with Kingston are still unreliable, and staff spend too long on "
          "recording."]),
        (7, "Vision, strategy and leadership",
         ["The Director of Children's Services is visible and respected by staff and partners."],
         ["The council's role as commissioner of Achieving for Children is not yet clearly defined.",
          "Elected members receive too little information about the quality of practice."]),
    ]
    for n, theme, working, improve in themes:
        letter.heading(f"{n}. {theme}", 1)
        letter.para(f"{n}.1 This section sets out the team's findings on {theme[0].lower() + theme[1:]}.")
        paragraph = 2
        for label, kind, texts in (("What is working well", STRENGTH, working), ("What could be improved", AREA,
                                                                                   improve)):
            letter.heading(label, 3)
            for text in texts:
                letter.para(f"{n}.{paragraph} {text}")
                letter.finding(theme, kind, text)
                paragraph += 1
    letter.answer["framework_themes"] = [t[1] for t in themes]
    letter.heading("8. Recommendations", 1)
    letter.para("8.1 The peer team recommends that the council and Achieving for Children:")
    letter.recommendations([
        ("Agree a commissioning framework that sets out how the council will hold Achieving for Children to "
         "account, including:", [
             "measures of the quality of practice and of outcomes for children",
             "a regular report to elected members",
         ]),
        "Introduce a standard for plans, with clear outcomes and timescales, and review all children who have been "
        "on a child in need plan for more than 12 months.",
        "Tell partners the outcome of every referral they make.",
        "Add analysis to the monthly performance report and complete the audit programme.",
        "Resolve the problems with the shared recording system as a priority.",
    ], group="Recommendations", style="number", refs="auto")
    letter.pagebreak()
    letter.heading("Appendix: The peer team", 1)
    letter.table([["Role", "Name"],
                  ["Lead peer, former Director of Children's Services", "Margaret Rowe"],
                  ["Social care peer, Assistant Director", "Paul Nwosu"],
                  ["Health peer, Designated Nurse", "Claire Bentley"],
                  ["Police peer, Detective Superintendent", "Alan Hirst"],
                  ["Member peer", "Councillor Ruth Gaskell"],
                  ["LGA Peer Review Manager", "Deborah Flint"]], widths=[6000, 3600])
    return [letter]
