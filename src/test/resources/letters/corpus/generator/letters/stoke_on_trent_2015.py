"""A short (one-page) peer review letter (invented): fieldwork "14th–18th September 2015", no themes, the
strengths and areas as paragraphs with a typed en dash for a bullet (no list formatting), three Word-numbered
recommendations, signed by the lead peer with a "p.p." line for the LGA."""
from model import AREA, Letter, STRENGTH

ORG = "Stoke-on-Trent City Council"


def build():
    letter = Letter("stoke-on-trent-2015-safeguarding-peer-review", "new",
                    ["lga-peer-review", "hyphenated-organisation", "short-letter", "fieldwork-ordinal-en-dash",
                     "typed-dash-bullets", "no-themes", "word-numbered-recommendations"],
                    header=None, footer=None)
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Safeguarding Peer Review", "14th–18th September 2015", "2015-10-02", "Malcolm Ferris",
                       "Lead peer, Local Government Association",
                       notes="Invented letter. Strengths and areas are paragraphs with a typed en dash, not list "
                             "items; the dash is not part of the text.")
    letter.para("2 October 2015")
    letter.lines("Louise Rees", "Strategic Director, People", ORG, "Civic Centre", "Glebe Street", "Stoke-on-Trent",
                 "ST4 1HH")
    letter.para("Dear Louise")
    letter.para("**Re: Safeguarding Peer Review, 14th–18th September 2015**")
    letter.paras("""
Thank you for asking the LGA to carry out a safeguarding peer review in Stoke-on-Trent. This letter confirms the
feedback we gave to you and your colleagues on the last day of the review; it is short because the presentation
we left with you contains the detail.

The team was impressed by the commitment of your staff and by the honesty with which leaders described the
challenges facing the service.
""")
    letter.para("The strengths we found were:")
    strengths = ["Strong, visible leadership from the Strategic Director and the Lead Member",
                 "A good early help offer, delivered through the locality hubs",
                 "Effective joint working with Staffordshire Police on child sexual exploitation"]
    areas = ["Caseloads in the safeguarding teams are too high",
             "The quality of supervision is variable",
             "Performance information is not yet used well by managers"]
    for text in strengths:
        letter.para("– " + text)
    letter.answer["summary_strengths"] += strengths
    letter.para("The areas for consideration were:")
    for text in areas:
        letter.para("– " + text)
    letter.answer["summary_areas_for_consideration"] += areas
    letter.para("We recommend that you:")
    letter.recommendations([
        "Set and monitor a caseload limit for the safeguarding teams.",
        "Introduce a supervision standard and audit supervision records quarterly.",
        "Provide managers with a monthly team performance report and train them to use it.",
    ], group="We recommend that you:", style="number", refs="auto")
    letter.para("We wish you every success with the next stage of your improvement journey.")
    letter.para("Yours sincerely")
    letter.lines("Malcolm Ferris", "Lead peer", "", "p.p. Local Government Association")
    return [letter]
