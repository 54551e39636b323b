"""An independent review of a Local Safeguarding Children Board (invented): title page, contents page, numbered
sections, terms of reference as the lines of enquiry, recommendations R1.. inside the sections and repeated in an
appendix table, a budget table, the reviewer's name at the end and no letter date (month only)."""
from model import Letter

ORG = "City of York Safeguarding Children Board"


def build():
    letter = Letter("city-of-york-2017-lscb-independent-review", "new",
                    ["independent-review", "organisation-lower-case-words", "title-page", "contents-page",
                     "numbered-sections", "terms-of-reference", "recommendations-R-inline", "appendix-repeats-recs",
                     "budget-table", "report-month-only", "fieldwork-from-to", "no-findings"],
                    header="Independent Review of the City of York Safeguarding Children Board", footer="{PAGE}")
    letter.particulars(ORG, "Independent review of a Local Safeguarding Children Board",
                       "Independent Review of the City of York Safeguarding Children Board",
                       "19 June to 28 July 2017", None, "Dr Alison Pryce", "Independent Reviewer",
                       notes="Invented report. Dated September 2017 (month only, so no letter date). Recommendations "
                             "appear in the sections and again in Appendix A; each is counted once. The findings are "
                             "analysis, not strengths and areas, so detailed_findings is empty.")
    letter.heading("Independent Review of the City of York Safeguarding Children Board", 0)
    letter.para("Commissioned by City of York Council, North Yorkshire Police and NHS Vale of York Clinical "
                "Commissioning Group")
    letter.para("Dr Alison Pryce")
    letter.para("September 2017")
    letter.pagebreak()
    letter.heading("Contents", 1)
    letter.table([["1. Introduction", "3"], ["2. Terms of reference and method", "3"], ["3. Governance", "4"],
                  ["4. Partnership engagement", "5"], ["5. Learning and improvement", "6"],
                  ["6. Resources", "7"], ["7. Conclusion", "8"], ["Appendix A: Summary of recommendations", "9"]],
                 header=False, widths=[8000, 1600])
    letter.pagebreak()
    letter.heading("1. Introduction", 1)
    letter.paras("""
1.1 The City of York Safeguarding Children Board (CYSCB) commissioned this independent review in May 2017. The
Children and Social Work Act 2017 will replace Local Safeguarding Children Boards with new arrangements led by three
safeguarding partners, and the Board wished to understand its current effectiveness before designing those
arrangements.

1.2 The review was carried out by an independent reviewer with experience of chairing two Local Safeguarding
Children Boards. The fieldwork took place from 19 June to 28 July 2017.
""")
    letter.heading("2. Terms of reference and method", 1)
    letter.para("2.1 The terms of reference asked the reviewer to consider:")
    letter.enquiries([
        "whether the Board's governance and structure are fit for purpose",
        "how well partner agencies engage with the Board and its subgroups",
        "how effectively the Board learns from case reviews and audits",
        "whether the Board's budget and business support are sufficient",
    ], style="letter")
    letter.para("2.2 The reviewer read the Board's minutes, annual reports and business plans for the last three "
                "years, interviewed 27 Board members and officers, attended two Board meetings and four subgroup "
                "meetings, and ran an online survey of frontline practitioners, which received 212 responses.")
    letter.heading("3. Governance", 1)
    letter.paras("""
3.1 The Board is chaired by an independent chair appointed in 2015, who is widely respected. Board meetings are well
run, papers are circulated in good time and the relationship with the Children's Trust is clear.

3.2 The Board has seven subgroups, several of which have overlapping remits and the same members. Attendance at
three of the subgroups has fallen below 60% over the last year, and members told the reviewer that they find it
difficult to release staff for so many meetings.
""")
    letter.recommendation_paras([("R1", "The Board should reduce the number of subgroups and agree a clear remit "
                                        "for each, with named lead officers from the three statutory partners.")])
    letter.heading("4. Partnership engagement", 1)
    letter.paras("""
4.1 Engagement from the council, police and health is strong at a senior level. Schools are represented through the
education safeguarding group, but the voluntary and community sector has only one seat and feels its voice is not
heard.

4.2 The practitioner survey found that 71% of respondents knew what the Board does, but only 38% could name a change
in practice that had followed from its work.
""")
    letter.recommendation_paras([
        ("R2", "Partners should agree how the voluntary and community sector will be represented in the new "
               "arrangements."),
        ("R3", "The Board should publish a short practitioner briefing after every meeting."),
    ])
    letter.heading("5. Learning and improvement", 1)
    letter.paras("""
5.1 The Board has completed two serious case reviews and three learning reviews since 2014. The reviews were of good
quality, but action plans have been slow to close and there is little evidence of how learning has changed practice.

5.2 The multi-agency audit programme is well designed but has been delayed by the capacity of the quality assurance
subgroup.
""")
    letter.recommendation_paras([
        ("R4", "The Board should track every case review action to completion and test its impact through audit."),
        ("R5", "The multi-agency audit programme should be resourced so that at least four themed audits are "
               "completed each year."),
    ])
    letter.heading("6. Resources", 1)
    letter.para("6.1 The Board's budget for 2017/18 is shown below. It is below the regional average for a Board of "
                "its size and the business unit has carried a vacancy for nine months.")
    letter.table([["Partner", "Contribution 2017/18 (£)"],
                  ["City of York Council", "96,500"],
                  ["NHS Vale of York CCG", "38,000"],
                  ["North Yorkshire Police", "14,200"],
                  ["National Probation Service", "1,500"],
                  ["Cafcass", "550"],
                  ["Total", "150,750"]], widths=[6000, 3600])
    letter.recommendation_paras([
        ("R6", "Partners should review the funding formula for the new arrangements and fill the vacant business "
               "support post.")])
    letter.heading("7. Conclusion", 1)
    letter.para("7.1 The Board is well led and has a committed membership. The move to new safeguarding arrangements "
                "is an opportunity to simplify its structure and to focus on the difference it makes for children. "
                "I would like to thank everyone who gave their time to this review.")
    letter.lines("Dr Alison Pryce", "Independent Reviewer", "September 2017")
    letter.pagebreak()
    letter.heading("Appendix A: Summary of recommendations", 1)
    recommendations = [r for r in letter.answer["priorities_or_recommendations"]]
    letter.table([["No.", "Recommendation"]] + [[r["ref"], r["text"]] for r in recommendations], widths=[1000, 8600])
    return [letter]
