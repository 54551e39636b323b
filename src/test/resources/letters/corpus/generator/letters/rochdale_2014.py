"""A council scrutiny report quoting a safeguarding peer review (invented): report front sheet as a table, the
review's strengths and areas quoted as bullets after lead-in sentences, recommendations typed "1." .. in the text,
the council's response, and the report author (not the reviewer) at the end."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Rochdale Borough Council"


def build():
    letter = Letter("rochdale-2014-scrutiny-report", "new",
                    ["scrutiny-report", "front-sheet-table", "fieldwork-on-three-days", "lead-in-sentences",
                     "typed-numbered-recommendations", "review-lead-named-in-text", "report-author-at-end",
                     "numbered-paragraphs", "letter-date-numeric"],
                    header="Children's Services and Safeguarding Scrutiny Committee", footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (reported to scrutiny)",
                       "Safeguarding Peer Review – Findings and Response", "9, 10 and 11 December 2013",
                       "2014-03-04", "Jean Chadwick", "Lead reviewer, former Director of Children's Services",
                       notes="Invented report. The review lead is named in the text; the report author is a council "
                             "officer, not the reviewer. The report date is the date of the meeting.")
    letter.heading("Rochdale Borough Council", 0)
    letter.table([["Subject:", "Safeguarding Peer Review – Findings and Response"],
                  ["Report to:", "Children's Services and Safeguarding Scrutiny Committee"],
                  ["Date:", "04/03/2014"],
                  ["Report of:", "Director of Children's Services"],
                  ["Status:", "For information and comment"],
                  ["Ward(s) affected:", "All"]], header=False, widths=[2600, 7000])
    letter.heading("1. Purpose of report", 2)
    letter.para("1.1 To inform members of the findings of the safeguarding peer review of children's services and "
                "to set out the council's response, including the improvement plan that will be monitored by this "
                "committee.")
    letter.heading("2. Recommendations", 2)
    letter.para("2.1 That the committee notes the findings of the peer review and the actions being taken, and "
                "agrees to receive a progress report in six months.")
    letter.heading("3. Background", 2)
    letter.paras("""
3.1 The peer review was carried out on 9, 10 and 11 December 2013 at the invitation of the Director of Children's
Services. It was arranged through the North West ADCS sector-led improvement programme and was led by Jean
Chadwick, a former Director of Children's Services, supported by a team of four peers from other North West
authorities, the police and health.

3.2 The review team read a sample of 20 case files, met frontline staff and managers and held focus groups with
partners, foster carers and young people. The team's letter of 20 January 2014 is attached as Appendix 1; its main
findings are summarised below.
""")
    letter.heading("4. Findings of the review", 2)
    letter.para("4.1 The review team identified the following strengths:")
    letter.summary(STRENGTH, [
        "A committed and stable workforce who know their children and families well",
        "Good multi-agency working at the front door, with police and health co-located in the MASH",
        "Strong political support for children's services and a clear focus on safeguarding from the Chief "
        "Executive",
        "Effective early help services in the children's centres",
    ], style="bullet")
    letter.para("4.2 The team also identified areas for further consideration:")
    letter.summary(AREA, [
        "The quality of assessments and plans is inconsistent, and too many plans lack clear outcomes",
        Item("Management oversight needs to be strengthened, in particular:", [
            "recording the rationale for decisions",
            "the regularity of supervision in the longer-term teams",
        ]),
        "The Safeguarding Children Board needs a clearer understanding of the quality of frontline practice",
        "The voice of the child is not consistently reflected in plans",
    ], style="bullet")
    letter.para("4.3 The review made the following recommendations:")
    letter.recommendations([
        Item("Develop a quality assurance framework which brings together audit, performance information and "
             "the views of children and families.", label="1."),
        Item("Introduce a practice standard for assessments and plans and audit against it.", label="2."),
        Item("Strengthen management oversight and supervision, with quarterly audits of supervision records.",
             label="3."),
        Item("Ensure the Safeguarding Children Board receives regular multi-agency audit findings.", label="4."),
        Item("Develop a participation strategy so that children's views shape their plans.", label="5."),
    ], group="The review made the following recommendations:", style="plain")
    for item in letter.answer["priorities_or_recommendations"]:
        item["ref"] = item["ref"].rstrip(".")
    letter.heading("5. The council's response", 2)
    letter.paras("""
5.1 The Director of Children's Services accepted all of the recommendations. An improvement plan has been drawn up
with partners and will be overseen by the Children's Services Improvement Board, chaired by the Chief Executive.

5.2 A new practice standard for assessments was launched in February 2014 and the first audits against it will
report to the Improvement Board in April.

5.3 The Safeguarding Children Board has agreed a programme of six multi-agency audits for 2014/15.
""")
    letter.heading("6. Financial implications", 2)
    letter.para("6.1 The actions will be met from existing budgets.")
    letter.heading("7. Background papers", 2)
    letter.para("7.1 Letter from the peer review team, 20 January 2014 (Appendix 1).")
    letter.table([["Contact officer", ""],
                  ["Name:", "Mark Riley"],
                  ["Designation:", "Head of Safeguarding and Quality Assurance"],
                  ["Telephone:", "01706 925 112"],
                  ["E-mail:", "mark.riley@rochdale.gov.uk"]], header=False, widths=[2600, 7000])
    return [letter]
