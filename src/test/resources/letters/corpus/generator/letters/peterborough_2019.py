"""An improvement board letter (invented): the independent chair of the Children's Improvement Board writes to the
council after the Board's six-month review, which she led. The improvement plan's priorities are the themes (a
numbered list), "Progress the Board has seen" / "Where the Board remains concerned" are the summary lists, each
priority has "Progress" and "Concerns" findings, and the Board's recommendations are typed "(i)" .. "(iv)"
paragraphs. Date "1st December 2019"; fieldwork "on 12 and 13 November 2019"; signed "With best wishes"."""
from model import AREA, Letter, STRENGTH

ORG = "Peterborough City Council"


def build():
    letter = Letter("peterborough-2019-improvement-board-letter", "new",
                    ["improvement-board-letter", "letter-date-ordinal", "fieldwork-two-days", "themes-numbered-list",
                     "heading-progress-concerns", "per-theme-bold-subheadings", "recommendations-typed-roman",
                     "with-best-wishes-sign-off", "cc-list-after-signature", "numpr-bullets"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Improvement board six-month review of children's services",
                       "Children's Improvement Board: Six-Month Review", "12 and 13 November 2019", "2019-12-01",
                       "Margaret Ellerby", "Independent Chair, Peterborough Children's Improvement Board",
                       notes="Invented letter. The Board's review was led by its independent chair, who signs. The "
                             "improvement plan's priorities are the themes. 'Progress' is read as strengths and "
                             "'Concerns' as areas for consideration. The typed (i) .. (iv) are the refs i .. iv.")
    letter.lines("Peterborough Children's Improvement Board", "Independent Chair: Margaret Ellerby", align="right")
    letter.para("1st December 2019")
    letter.lines("Alison Pennock", "Chief Executive", ORG, "Sand Martin House", "Bittern Way", "Peterborough",
                 "PE2 8TY")
    letter.para("Dear Alison")
    letter.para("Children's Improvement Board: Six-Month Review", bold=True)
    letter.paras("""
I am writing, as Independent Chair of the Children's Improvement Board, to set out what the Board found in its
six-month review of the children's services improvement plan. Board members spent 12 and 13 November 2019 in the
service: we observed the front door, sat in on supervision and a legal planning meeting, met two groups of social
workers and talked with young people from the Children in Care Council.

The improvement plan has three priorities, which the Board used to structure its review:
""")
    themes = ["Getting the front door right", "Good planning for children in care", "A stable, skilled workforce"]
    letter.themes(themes, style="number")
    letter.heading("Summary", 1)
    letter.para("Progress the Board has seen", bold=True)
    letter.summary(STRENGTH, [
        "The improvement plan is owned by the whole council, not only by children's services.",
        "Practice at the front door is more consistent, and decisions are timely.",
        "Social workers told us that morale has improved since the summer.",
    ])
    letter.para("Where the Board remains concerned", bold=True)
    letter.summary(AREA, [
        "Care plans for children who have been in care for more than two years are not reviewed with enough "
        "challenge.",
        "The service still depends on agency staff in the safeguarding teams.",
    ])
    letter.heading("The Board's findings on each priority", 1)
    for theme, progress, concerns in [
        (themes[0],
         ["Contacts are now screened within one working day.",
          "The police and health staff in the hub have a clear role in decisions."],
         ["Strategy discussions are held without education in almost half of cases."]),
        (themes[1],
         ["Independent reviewing officers are challenging drift, and escalations have risen."],
         ["Permanence is not always considered at the second review.",
          "Pathway plans are not written with young people."]),
        (themes[2],
         ["The new career pathway has helped to keep experienced social workers."],
         ["Agency staff make up 27% of the safeguarding teams.",
          "Newly qualified social workers carry more complex cases than the plan intends."]),
    ]:
        letter.heading(theme, 2)
        letter.para("Progress", bold=True)
        letter.findings(theme, STRENGTH, progress)
        letter.para("Concerns", bold=True)
        letter.findings(theme, AREA, concerns)
    letter.heading("The Board's recommendations", 1)
    letter.para("The Board recommends that, over the next six months, the council:")
    for ref, text in [
        ("i", "makes education a standing member of every strategy discussion;"),
        ("ii", "asks independent reviewing officers to report on permanence at every second review;"),
        ("iii", "involves young people in writing their pathway plans, and audits this by March 2020; and"),
        ("iv", "sets a target for reducing agency staff in the safeguarding teams and reports it to the Board."),
    ]:
        letter.para(f"({ref}) {text}")
        letter.answer["priorities_or_recommendations"].append(
            {"ref": ref, "text": text, "group": "The Board's recommendations"})
    letter.paras("""
The Board will look at these areas again at its meeting in March 2020. I would like to thank everyone who made the
Board members welcome, and in particular the young people who spoke so frankly to us.
""")
    letter.para("With best wishes")
    letter.lines("Margaret Ellerby", "Independent Chair", "Peterborough Children's Improvement Board")
    letter.para("cc: Daniel Okafor, Executive Director, People and Communities; Councillor Ruth Ingham, Cabinet "
                "Member for Children's Services")
    return [letter]
