"""A scrutiny task-and-finish group report (invented) quoting a peer review a year on: a front-sheet table (report
date "01/12/2020"), the committee's OWN recommendations first ("That the Committee ...", not answers), the review's
themes, its strengths and areas after lead-in sentences as typed "•" bullets, the review's recommendations in a table
No. | Peer review recommendation | Progress reported to the group, and the group's own recommendations to the Executive
Board at the end (not answers). The review lead is named in the text; fieldwork "19–22 November 2019"."""
from letters._kit import recommendations_table
from model import AREA, Letter, STRENGTH

ORG = "Warrington Borough Council"


def build():
    letter = Letter("warrington-2020-scrutiny-task-and-finish-report", "new",
                    ["scrutiny-task-and-finish-report", "front-sheet-table", "report-date-slashes",
                     "committee-own-recommendations", "themes-listed-as-bullets", "lead-in-summary-lists",
                     "glyph-bullets", "recommendations-table-with-progress", "review-lead-named-in-text",
                     "fieldwork-en-dash-range", "contact-officer-at-end"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association), as reported to "
                            "scrutiny", "Children's Safeguarding Peer Review: Task and Finish Group Report",
                       "19–22 November 2019", "2020-12-01", "Stephen Calloway",
                       "Lead peer, former Director of Children's Services",
                       notes="Invented report. The committee's and the task and finish group's own recommendations "
                             "are not the review's and are not in the answer. The review's recommendations are the "
                             "table's No. and recommendation; the progress column is not part of them. The review "
                             "lead is named in the text; the report is by the group's chair.")
    letter.para(ORG, align="right", bold=True)
    letter.heading("Children and Young People's Scrutiny Committee", 0)
    letter.table([["Report to:", "Children and Young People's Scrutiny Committee"],
                  ["Date of meeting:", "10 December 2020"],
                  ["Report of:", "Councillor Janet Holroyd, Chair of the Safeguarding Task and Finish Group"],
                  ["Report date:", "01/12/2020"],
                  ["Subject:", "Children's Safeguarding Peer Review: Task and Finish Group Report"],
                  ["Ward(s):", "All"]], header=False, widths=[2600, 7000])
    letter.heading("1. Purpose of the report", 1)
    letter.para("1.1 To report the findings of the Task and Finish Group set up by the Committee in January 2020 to "
                "follow up the children's safeguarding peer review of November 2019.")
    letter.heading("2. Recommendations", 1)
    letter.para("2.1 That the Committee:")
    letter.bullets([
        "notes the progress made against the peer review's recommendations;",
        "endorses the Task and Finish Group's recommendations in section 7 for referral to the Executive Board; and",
        "receives a further update in June 2021.",
    ], style="letter", numbered=True)
    letter.heading("3. Background", 1)
    letter.paras("""
3.1 The Local Government Association carried out a children's safeguarding peer review in Warrington on 19–22
November 2019, at the invitation of the Director of Children's Services. The peer team was led by Stephen Calloway,
a former Director of Children's Services, and included a social work manager, a police officer and a member peer.

3.2 The Task and Finish Group met five times between February and October 2020, two of those meetings online. It
heard from the Director of Children's Services, the Principal Social Worker and the Independent Chair of the
Warrington Safeguarding Partnership.
""")
    letter.para("3.3 The peer review looked at three themes:")
    letter.themes(["The front door and early help", "Children in need of help and protection", "The workforce"])
    letter.heading("4. What the peer review found", 1)
    letter.para("4.1 The peer team identified the following strengths:")
    letter.summary(STRENGTH, [
        "A strong and well-led early help offer, valued by schools.",
        "Social workers who feel supported and whose caseloads are manageable.",
        "Good relationships between the council, the police and health partners.",
    ], style="glyph")
    letter.para("4.2 The team also set out the following areas for consideration:")
    letter.summary(AREA, [
        "Decisions at the front door are not always recorded with their reasons.",
        "Child in need plans lack clear outcomes and timescales.",
        "The council relies on agency social workers in the assessment teams.",
    ], style="glyph")
    letter.heading("5. The peer review's recommendations and progress", 1)
    letter.para("5.1 The review made four recommendations. The Group asked officers to report progress against each.")
    recommendations_table(letter, ("No.", "Peer review recommendation", "Progress reported to the group"), [
        ("1", "Introduce a recording standard for front door decisions that sets out the reasons for each decision.",
         "Standard introduced in March 2020; audit in September found it used in 78% of decisions."),
        ("2", "Make sure every child in need plan has outcomes that are specific and time-bound.",
         "New plan template in use since May 2020. A thematic audit is planned for January 2021."),
        ("3", "Develop a recruitment and retention strategy to reduce reliance on agency staff.",
         "Strategy approved in July 2020; agency staff down from 22% to 15%."),
        ("4", "Report regularly to scrutiny on the quality of practice as well as performance.",
         "A quarterly quality report to this Committee began in October 2020."),
    ], group="The peer review's recommendations and progress", widths=[700, 4600, 4300])
    letter.heading("6. The Group's findings", 1)
    letter.paras("""
6.1 The Group was reassured that the peer review's recommendations have been taken seriously and that progress has
continued during the pandemic. Members were concerned that the recording standard is not yet used consistently, and
that the pandemic has delayed the audit of child in need plans.
""")
    letter.heading("7. The Group's recommendations", 1)
    letter.para("7.1 The Task and Finish Group recommends that the Executive Board:")
    letter.bullets([
        "asks for the audit of the recording standard to be repeated by March 2021;",
        "brings forward the thematic audit of child in need plans; and",
        "keeps the retention strategy under review as part of the budget for 2021/22.",
    ], style="letter", numbered=True)
    letter.heading("8. Background papers", 1)
    letter.para("8.1 LGA Children's Safeguarding Peer Review: Warrington, letter of 13 December 2019.")
    letter.para("Contact officer: Mohammed Rafiq, Scrutiny Officer, 01925 443322")
    return [letter]
