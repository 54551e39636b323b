"""A scrutiny briefing note quoting a peer challenge (invented): TO / DATE / RE front sheet, the review's "What is
going well" and "Even better if" lists, its key messages as the recommendations, and the note's author at the end."""
from model import AREA, Letter, STRENGTH

ORG = "Cheshire West and Chester Council"


def build():
    letter = Letter("cheshire-west-2019-scrutiny-briefing", "new",
                    ["scrutiny-briefing", "organisation-lower-case-words", "to-date-re-front-sheet",
                     "fieldwork-on-three-days", "heading-what-is-going-well", "heading-even-better-if",
                     "heading-key-messages", "review-lead-named-in-text", "author-at-end", "glyph-bullets",
                     "list-number-style"], header=None, footer=None)
    letter.particulars(ORG, "Children's safeguarding peer challenge (reported in a scrutiny briefing)",
                       "Children's Safeguarding Peer Challenge – Briefing", "12, 13 and 14 June 2019", "2019-09-09",
                       "Mike Harrison", "Peer challenge lead, Director of Children's Services",
                       notes="Invented briefing. The review lead is named in the text; the author of the briefing is "
                             "a scrutiny officer.")
    letter.heading("BRIEFING NOTE", 0)
    letter.table([["TO:", "Children and Families Overview and Scrutiny Committee"],
                  ["DATE:", "9 September 2019"],
                  ["RE:", "Children's Safeguarding Peer Challenge – findings"]], header=False, widths=[1800, 7800])
    letter.heading("Purpose", 2)
    letter.para("This note gives members a summary of the findings of the children's safeguarding peer challenge "
                "that took place in June, ahead of the committee's discussion of the improvement plan.")
    letter.heading("Background", 2)
    letter.paras("""
Cheshire West and Chester Council took part in a peer challenge on 12, 13 and 14 June 2019 as part of the North West
sector-led improvement programme. The peer team of five was led by Mike Harrison, Director of Children's Services in
a neighbouring authority, and included a lead member peer, a head of service, a designated nurse and a senior police
officer.

The team looked at the help and protection of children, with a particular focus on the response to neglect and on
the multi-agency front door (the Integrated Early Support service). The team's findings, as set out in its letter of
2 July 2019, are quoted below.
""")
    letter.heading("What is going well", 2)
    letter.summary(STRENGTH, [
        "Senior leaders and members have a clear vision for children and are visible to staff.",
        "The Integrated Early Support service provides a timely response and partners value the consultation line.",
        "Social workers are positive about working for the council and caseloads are manageable.",
        "The graded care profile is well used by health visitors and schools.",
    ], style="glyph")
    letter.heading("Even better if", 2)
    letter.summary(AREA, [
        "Neglect was identified earlier, before families reach the threshold for social care.",
        "Plans for children in need set out clearly what must change and by when.",
        "Partners received feedback on every referral they make.",
        "The learning from audits was shared systematically with frontline staff.",
    ], style="glyph")
    letter.heading("Key messages", 2)
    letter.para("The peer team left the council with the following key messages:")
    letter.recommendations([
        "Launch the refreshed neglect strategy with partners and measure its impact.",
        "Introduce a practice standard for child in need plans.",
        "Guarantee feedback to referrers within three working days.",
        "Build a learning loop from audits into team meetings and training.",
    ], group="Key messages", style="List Number", refs="auto")
    letter.heading("Next steps", 2)
    letter.para("An improvement plan responding to the key messages will be presented to the committee on "
                "11 November 2019. Members may wish to consider which of the actions they would like to follow "
                "in more detail.")
    letter.heading("Author", 2)
    letter.lines("Rebecca Lowe", "Senior Scrutiny Officer", "Tel: 01244 973 318")
    return [letter]
