"""A council cabinet report quoting a safeguarding peer review (invented): agenda front matter as lines, the report's
own recommendations to Cabinet (not the review's), the review's key messages after lead-in sentences, its
recommendations as a List Number list in the body, and the detailed findings in Appendix 1 under a heading per theme
with "Working well" / "Could be improved" lists. The review lead is named in the text; the report's author is not
the lead."""
from model import AREA, Letter, STRENGTH

ORG = "Southend-on-Sea Borough Council"


def build():
    letter = Letter("southend-on-sea-2018-cabinet-report-peer-review", "new",
                    ["cabinet-report", "hyphenated-organisation", "report-recommendations-to-cabinet",
                     "lead-in-summary-lists", "list-number-style", "findings-in-appendix", "review-lead-named-in-text",
                     "report-author-at-end", "fieldwork-en-dash-compact", "numbered-paragraphs"],
                    header="Southend-on-Sea Borough Council – Cabinet, 13 November 2018", footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (reported to Cabinet)",
                       "Children's Services Safeguarding Peer Review", "18–20 September 2018", "2018-11-13",
                       "Siobhan Kerr", "Lead peer, former Director of Children's Services",
                       notes="Invented report. The report's recommendations to Cabinet are not the review's and "
                             "are not in the answer. The review lead is named in the text; the report is by the "
                             "Director of Children's Services. Detailed findings are in Appendix 1.")
    letter.para(ORG, bold=True)
    letter.lines("Report of Director of Children's Services", "to", "Cabinet", "on", "13 November 2018", "",
                 "Report prepared by: Brian Coyle, Director of Children's Services", "Agenda Item No. 9")
    letter.heading("Children's Services Safeguarding Peer Review", 0)
    letter.lines("People Scrutiny Committee", "Executive Councillor: Councillor Anne Whitby", "A Part 1 Public Agenda Item")
    letter.heading("1. Purpose of Report", 1)
    letter.para("1.1 To inform Cabinet of the outcome of the safeguarding peer review of children's services "
                "carried out in September 2018 and to seek approval of the council's action plan.")
    letter.heading("2. Recommendations", 1)
    letter.lines("2.1 That Cabinet notes the findings of the peer review set out in this report and Appendix 1.",
                 "2.2 That Cabinet approves the action plan at Appendix 2 and asks the People Scrutiny Committee "
                 "to monitor its delivery.")
    letter.heading("3. Background", 1)
    letter.paras("""
3.1 The council invited a team of peers, through the Eastern Region sector-led improvement programme, to review
its safeguarding services for children. The review took place on 18–20 September 2018 and was led by Siobhan Kerr,
a former Director of Children's Services, with a senior police officer, a designated nurse and two experienced
social work managers.

3.2 The council asked the team to consider two themes: the effectiveness of the front door, including early help,
and the quality of child protection practice. The team also commented on leadership and workforce.
""")
    letter.heading("4. The findings of the review", 1)
    letter.para("4.1 The peer team's feedback letter is summarised below and its detailed findings are at Appendix "
                "1. The team reported that the council has much to be proud of, and in particular:")
    letter.summary(STRENGTH, [
        "a stable and experienced senior leadership team with strong political support",
        "a well-regarded early help offer delivered through the Family Centres",
        "social workers who are positive about working in Southend and feel well supported",
    ])
    letter.para("4.2 The team also identified some areas where practice could be stronger:")
    letter.summary(AREA, [
        "the quality of recording, particularly of management decisions",
        "the consistency of the threshold applied by partners making referrals",
        "the timeliness of initial child protection conferences",
    ])
    letter.para("4.3 The peer team made the following recommendations:")
    letter.recommendations([
        "Review the operation of the front door with partners so that contacts are screened within one working day.",
        "Introduce a recording standard for management decisions and audit against it.",
        "Improve the timeliness of initial child protection conferences to at least the national average.",
        "Use the views of children and families systematically to shape services.",
    ], group="The peer team made the following recommendations:", style="List Number", refs="auto")
    letter.heading("5. Action plan", 1)
    letter.para("5.1 An action plan responding to each recommendation is at Appendix 2. It will be monitored by the "
                "Children's Services Improvement Board and reported to the People Scrutiny Committee every six "
                "months.")
    letter.heading("6. Corporate Implications", 1)
    letter.para("6.1 Financial implications: the actions will be met from within existing resources. Legal "
                "implications: none. Equalities implications: the action plan will improve services for all "
                "children.")
    letter.heading("7. Background Papers", 1)
    letter.para("7.1 Peer review feedback letter, 9 October 2018.")
    letter.heading("8. Appendices", 1)
    letter.lines("Appendix 1 – Detailed findings of the peer review", "Appendix 2 – Action plan")
    letter.pagebreak()
    letter.heading("Appendix 1 – Detailed findings of the peer review", 1)
    letter.answer["framework_themes"] = ["The front door and early help", "Child protection practice",
                                         "Leadership and workforce"]
    for theme, good, better in [
        ("The front door and early help",
         ["Police, health and children's social care are co-located in the multi-agency safeguarding hub.",
          "Early help assessments are of good quality and families value the support."],
         ["Some partners make referrals that do not meet the threshold, and others refer too late.",
          "Contacts can wait up to three days for a decision at busy times."]),
        ("Child protection practice",
         ["Social workers know their children well and can describe the impact of their work.",
          "Strategy discussions are held promptly and involve the right agencies."],
         ["Only 61% of initial child protection conferences were held within 15 working days.",
          "Child protection plans are not always specific about what must change."]),
        ("Leadership and workforce",
         ["The Lead Member is knowledgeable and challenges officers well.",
          "Use of agency social workers has fallen to 9%."],
         ["Management oversight is not always recorded on children's files."]),
    ]:
        letter.heading(theme, 2)
        letter.para("Working well", bold=True)
        letter.findings(theme, STRENGTH, good)
        letter.para("Could be improved", bold=True)
        letter.findings(theme, AREA, better)
    return [letter]
