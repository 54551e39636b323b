"""An LGA safeguarding peer review letter (invented) whose detailed findings are one three-column Word table (Theme |
Strengths | Areas for consideration) with each theme's cell merged down the rows of its findings (vMerge), some rows
with only one side filled. Fieldwork "on 3rd–6th October 2016"; date "4th November 2016"; List Bullet summaries;
signature name, role, "Peer Review Lead"."""
from letters._kit import merged_findings_table
from model import AREA, Letter, STRENGTH

ORG = "Gloucestershire County Council"


def build():
    letter = Letter("gloucestershire-2016-safeguarding-peer-review", "new",
                    ["lga-peer-review", "themes-listed-as-bullets", "list-bullet-style",
                     "findings-table-merged-theme-cells", "findings-table-one-per-row", "fieldwork-ordinal-en-dash",
                     "letter-date-ordinal", "peer-review-lead-signature", "word-numbered-recommendations"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "3rd–6th October 2016", "2016-11-04",
                       "Philippa Drummond", "Peer Review Lead; former Director of Children's Services",
                       notes="Invented letter. Findings are one table whose theme cells are merged down the rows; "
                             "each row holds one strength and/or one area. Per theme, strengths then areas.")
    letter.para("4th November 2016")
    letter.lines("Malcolm Fairweather", "Director of Children's Services", ORG, "Shire Hall", "Westgate Street",
                 "Gloucester", "GL1 2TG")
    letter.para("Dear Malcolm")
    letter.para("Children's Safeguarding Peer Review: Gloucestershire", bold=True)
    letter.paras("""
Thank you for inviting the Local Government Association to carry out a children's safeguarding peer review in
Gloucestershire on 3rd–6th October 2016. Peer reviews are improvement tools, not inspections: the team's findings
are based on what we read, heard and saw during four days on site, and on the self-assessment you shared with us.

The team looked at three themes that you chose with your partners:
""")
    themes = ["Leadership, management and governance", "The quality of social work practice",
              "Partnership working and the Local Safeguarding Children Board"]
    letter.themes(themes)
    letter.heading("Summary", 1)
    letter.para("Overall, the team found a service that is on an improvement journey. The key strengths are:")
    letter.summary(STRENGTH, [
        "A shared and honest understanding among leaders of where practice needs to improve.",
        "Social workers who are positive about the support and training they receive.",
        "Good use of the multi-agency safeguarding hub by the police and health partners.",
    ], style="List Bullet")
    letter.para("The key areas for consideration are:")
    letter.summary(AREA, [
        "The pace of improvement in the quality of assessments and plans.",
        "The stability of the workforce in the locality teams.",
        "The Board's grip on the impact of its priorities.",
    ], style="List Bullet")
    letter.heading("Detailed findings", 1)
    letter.para("The table below sets out what the team found under each theme.")
    merged_findings_table(letter, ("Theme", "Strengths", "Areas for consideration"), [
        (themes[0], [
            ("The Lead Member and Chief Executive have made children's services a corporate priority.",
             "The improvement plan has over 90 actions and it is hard to see which matter most."),
            ("Senior leaders are visible and known to frontline staff.",
             "Performance reports to members describe activity rather than outcomes for children."),
            ("An additional £3.2 million has been invested in social work posts.", None),
        ]),
        (themes[1], [
            ("Children's views are increasingly recorded in their assessments.",
             "Assessments often lack analysis of risk and of the impact on the child."),
            (None, "Child in need plans are not reviewed regularly in the locality teams."),
        ]),
        (themes[2], [
            ("Partners speak positively about the Board's independent chair.",
             "The Board does not yet know whether its learning from serious case reviews has changed practice."),
            ("Health partners attend strategy meetings reliably.",
             "Schools are not well represented in the Board's subgroups."),
        ]),
    ])
    letter.heading("Recommendations", 1)
    letter.para("The team would like you to consider the following recommendations:")
    letter.recommendations([
        "Reduce the improvement plan to a small number of priorities with measures of impact for children.",
        "Give members regular reports on the quality of practice, drawing on audit.",
        "Introduce a practice standard for assessments that requires analysis of risk.",
        "Review how child in need plans are monitored in the locality teams.",
        "Ask the Board to test, through audit, whether learning from reviews has changed practice.",
    ], group="The team would like you to consider the following recommendations:", refs="auto")
    letter.paras("""
Thank you once again to you and your staff for your hospitality and openness. We wish you every success as you
take these findings forward.
""")
    letter.para("Yours sincerely")
    letter.lines("Philippa Drummond", "Former Director of Children's Services", "Peer Review Lead")
    return [letter]
