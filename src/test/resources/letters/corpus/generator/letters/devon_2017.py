"""A multi-agency peer review (invented) whose findings are split per agency: the review's focus (neglect) and three
questions it answered, bold question paragraphs each followed by the team's answer, an overall "Summary of strengths"
/ "Summary of areas for improvement" pair of glyph lists, then a Heading 2 per agency with "Strengths" / "Areas for
improvement" Heading 3s over Word bullets and that agency's recommendations ("Recommendations for <agency>"),
Word-numbered, restarting at 1 for each agency. Fieldwork "6–9 November 2017"; "1 December 2017"; signed by the
lead and the review manager."""
from model import AREA, Letter, STRENGTH

ORG = "Devon County Council"


def build():
    letter = Letter("devon-2017-multi-agency-peer-review-findings-by-agency", "new",
                    ["multi-agency-peer-review", "findings-per-agency", "questions-as-bold-paragraphs-with-answers",
                     "glyph-summary-lists", "recommendations-per-agency-restart-numbering", "heading-3-subheadings",
                     "fieldwork-en-dash-range", "two-signatories", "no-themes"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Multi-agency peer review of the response to neglect",
                       "Multi-agency peer review: the response to neglect in Devon", "6–9 November 2017",
                       "2017-12-01", "Geraint Lloyd-Harrower",
                       "Peer Review Lead, former Director of Children's Services",
                       notes="Invented letter. Findings are per agency: the agency heading is the finding's theme "
                             "(as in a JTAI letter); there are no themes. Each agency's recommendations are grouped "
                             "under that heading ('Recommendations for ...') and numbered from 1 again, so refs repeat "
                             "across groups. The letter is signed by the lead and the review manager; the lead is the "
                             "one named as such.")
    letter.para("1 December 2017")
    letter.lines("To the members of the Devon Safeguarding Children Board Executive:",
                 "Director of Children's Services, Devon County Council",
                 "Detective Chief Superintendent, Public Protection, Devon and Cornwall Police",
                 "Chief Nurse, NHS Northern, Eastern and Western Devon Clinical Commissioning Group")
    letter.para("Dear colleagues")
    letter.heading("Multi-agency peer review: the response to neglect in Devon", 1)
    letter.paras("""
The peer team visited Devon on 6–9 November 2017 at the invitation of the Devon Safeguarding Children Board. The
review looked at how well agencies together identify and respond to neglect, from early help to child protection.
We read 24 children's records jointly with practitioners from each agency, held six focus groups and met the Board's
executive.

The Board asked us three questions. We have answered each briefly below.
""")
    for question, answer in [
        ("Do practitioners in all agencies recognise neglect early?",
         ["Health visitors and schools recognise neglect early and use the Graded Care Profile. Police officers "
          "attending domestic incidents are less confident."]),
        ("Is the response to neglect joined up?",
         ["Not consistently. Agencies work well together once a child is on a child protection plan, but below that "
          "threshold information is not shared routinely."]),
        ("Does the Board know whether its neglect strategy is making a difference?",
         ["Not yet. The strategy has no measures of outcomes for children."]),
    ]:
        letter.enquiry_with_finding(question, answer, level=None)
    letter.heading("Summary of strengths", 2)
    letter.summary(STRENGTH, [
        "Practitioners in all agencies are committed to children and know their families well.",
        "The Graded Care Profile is widely used by health visitors and schools.",
        "Child protection conferences are well attended by every agency.",
    ], style="glyph")
    letter.heading("Summary of areas for improvement", 2)
    letter.summary(AREA, [
        "Information about neglect below the child protection threshold is not shared between agencies.",
        "Police officers are less confident in recognising neglect.",
        "The neglect strategy has no outcome measures.",
    ], style="glyph")
    for agency, strengths, areas, recs in [
        ("Devon County Council children's services",
         ["Early help coordinators are based in every locality and are well known to schools.",
          "Social workers use chronologies well to show the history of neglect."],
         ["Step-down from child protection to child in need is not always planned with partners."],
         ["Hold a multi-agency meeting before every step-down from a child protection plan.",
          "Report the number of children on plans for neglect for a second time to the Board."]),
        ("Devon and Cornwall Police",
         ["Officers always complete a child concern notification when they find children in a neglectful home."],
         ["Officers have not had training on neglect since 2014.",
          "Notifications do not describe the home conditions in enough detail."],
         ["Include neglect in the next round of public protection training for frontline officers."]),
        ("Health",
         ["Health visitors complete the Graded Care Profile with almost every family where there are concerns.",
          "The named GP for safeguarding has run neglect sessions for practices."],
         ["GPs are rarely asked to contribute to child in need meetings."],
         ["Invite the GP to every child in need meeting and send them the minutes.",
          "Share the Graded Care Profile with social care when a referral is made."]),
        ("Schools",
         ["Designated safeguarding leads know the neglect strategy and use the toolkit."],
         ["Schools are not told when a child in need plan closes."],
         ["Tell the school whenever a child in need plan ends, and why."]),
    ]:
        letter.heading(agency, 2)
        letter.heading("Strengths", 3)
        letter.findings(agency, STRENGTH, strengths)
        letter.heading("Areas for improvement", 3)
        letter.findings(agency, AREA, areas)
        letter.heading("Recommendations for " + agency, 3)
        letter.recommendations(recs, group="Recommendations for " + agency, refs="auto")
    letter.paras("""
We would like to thank everyone who took part for their openness. We would be happy to return in a year.

Yours sincerely
""")
    letter.table([["Geraint Lloyd-Harrower", "Hannah Quennell"],
                  ["Peer Review Lead", "Review Manager"]], header=False, widths=[4800, 4800])
    return [letter]
