"""A section of a Local Safeguarding Children Board's annual report about a peer review of the Board (invented): a
foreword signed by the Board's chair (not the review lead), the Board's own priorities as a list (not the review's
recommendations), the peer team's findings as two glyph-bullet lists after lead-in sentences, and the review's
recommendations in a "recommendation | what we have done | status" progress table without numbers. Fieldwork
"in January 2019" (month only); the lead peer is named in the text."""
from letters._kit import para
from model import AREA, Block, Letter, STRENGTH

ORG = "Wirral Safeguarding Children Board"


def build():
    letter = Letter("wirral-2019-lscb-annual-report-peer-review-section", "new",
                    ["lscb-annual-report", "foreword-by-chair", "board-priorities-distractor", "glyph-bullets",
                     "lead-in-summary-lists", "recommendations-progress-table", "unnumbered-recommendations",
                     "fieldwork-month-only", "lead-named-in-text", "no-themes"],
                    header="Wirral Safeguarding Children Board Annual Report 2018–19", footer="{PAGE}")
    letter.particulars(ORG, "Peer review of a Local Safeguarding Children Board (reported in its annual report)",
                       "Peer Review of the Board", "January 2019", "2019-09-18", "Jenny Lowther",
                       "Lead peer, former Independent Chair of a Local Safeguarding Children Board",
                       notes="Invented report. Only the peer review section carries answers: the Board's own "
                             "priorities are not the review's recommendations, and the foreword's signatory is the "
                             "Board's chair, not the review lead. No themes or detailed findings.")
    letter.heading("Wirral Safeguarding Children Board Annual Report 2018–19", 0)
    letter.para("Approved by the Board on 18 September 2019")
    letter.heading("Foreword", 1)
    letter.paras("""
This is my second annual report as Independent Chair of the Wirral Safeguarding Children Board. It has been a year
of change: the Board has prepared for the new safeguarding partnership arrangements, and in January we invited a
team of peers to look at how well we work together.

I am grateful to every member of the Board and its subgroups, and to the practitioners across Wirral who keep
children safe every day.
""")
    letter.lines("Graham Pickering", "Independent Chair, Wirral Safeguarding Children Board")
    letter.heading("Our priorities for 2018–19", 1)
    letter.para("The Board agreed three priorities for the year:")
    letter.bullets(["Neglect: to improve the early identification of neglect",
                    "Exploitation: to reduce the risk of child sexual and criminal exploitation",
                    "Transition to the new arrangements: to put the new safeguarding partnership in place by "
                    "September 2019"])
    letter.heading("Section 4: Peer Review of the Board", 1)
    letter.paras("""
4.1 In January 2019 the Board invited a team of four peers from the North West to review its effectiveness and its
readiness for the new arrangements. The team was led by Jenny Lowther, a former Independent Chair of a Local
Safeguarding Children Board, with a police superintendent, a designated doctor and an assistant director of
children's services from neighbouring authorities.

4.2 The team read the Board's minutes, business plan and audits, observed a Board meeting and interviewed 34
members and practitioners. Their report was presented to the Board in March 2019.
""")
    letter.para("4.3 The peer team highlighted a number of strengths:")
    letter.summary(STRENGTH, [
        "Board members are committed and attendance at meetings is high.",
        "The neglect strategy and toolkit are well used by practitioners.",
        "The Board's training programme is valued and well evaluated.",
    ], style="glyph")
    letter.para("4.4 The team also challenged us to improve in some areas:")
    letter.summary(AREA, [
        "The Board's agendas are too long and leave little time for challenge.",
        "There is no shared dataset to show how well children are safeguarded.",
        "Schools are not fully engaged with the Board.",
        "Practitioners do not always know what the Board has learned from case reviews.",
    ], style="glyph")
    letter.para("4.5 The team made five recommendations. The table shows what we have done since the review.")
    recommendations = [
        ("Shorten Board agendas and focus each meeting on one priority.",
         "Agendas now have a single themed item and a shorter business section.", "Complete"),
        ("Develop a multi-agency dataset that is reported to every Board meeting.",
         "A draft dataset was agreed in June 2019 and will be reported quarterly.", "In progress"),
        ("Agree with head teachers how schools will be represented in the new arrangements.",
         "The Education Safeguarding Forum will nominate two representatives.", "Complete"),
        ("Publish a practitioner briefing after every case review.",
         "Seven-minute briefings are now published; two so far.", "Complete"),
        ("Test the impact of learning through multi-agency audit.",
         "The first audit is planned for November 2019.", "Not started"),
    ]
    rows = [[[para(h, bold=True)] for h in ("Peer review recommendation", "What we have done", "Status")]]
    for text, progress, status in recommendations:
        rows.append([[para(text)], [para(progress)], [para(status)]])
        letter.answer["priorities_or_recommendations"].append(
            {"ref": None, "text": text, "group": "Peer review recommendation"})
    letter.blocks.append(Block("table", rows=rows, header=True, widths=[4000, 4200, 1400]))
    letter.para("4.6 The Board will report further progress in its first annual report under the new arrangements.")
    letter.heading("Section 5: Learning from case reviews", 1)
    letter.para("5.1 The Board's Case Review subgroup considered six referrals during the year and commissioned one "
                "serious case review, which will be published in 2020.")
    return [letter]
