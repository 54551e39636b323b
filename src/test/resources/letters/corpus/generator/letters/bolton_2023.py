"""A short email-style feedback note (invented) after a one-day peer visit to a disabled children's team: a memo
block typed as "To:" / "From:" / "Date: 03.03.23" / "Re:" lines, no headings at all, the visit "on Tuesday 21st
February 2023" (weekday kept), "Three things that stood out:" and "Three things to think about:" each followed by
typed "1." .. "3." paragraphs (summary strengths / areas, their numbers no refs), then "A few suggestions" as typed
"*" bullets (recommendations, refs null), signed off "Cheers," with a first name and a one-line signature."""
from model import AREA, Letter, STRENGTH

ORG = "Bolton Council"


def build():
    letter = Letter("bolton-2023-peer-review-feedback-note", "new",
                    ["email-style", "memo-block-to-from-date-re", "date-dots-two-digit-year", "no-headings",
                     "typed-numbered-summary-lists", "typed-asterisk-bullets", "suggestions-as-recommendations",
                     "fieldwork-weekday-ordinal", "first-name-sign-off", "no-themes"],
                    header=None, footer=None)
    letter.particulars(ORG, "Peer visit (children with disabilities service)",
                       "Feedback from the peer visit to the Children with Disabilities Team",
                       "Tuesday 21st February 2023", "2023-03-03", "Priya Lomax-Achebe",
                       "Peer reviewer, Head of Service, Disabled Children, Salford City Council",
                       notes="Invented note. No headings: the two typed-number lists after lead-ins are the summary "
                             "strengths and areas (their numbers are not refs), the typed '*' suggestions the "
                             "recommendations (no refs), grouped by their lead-in. The sender led the visit. Date "
                             "'03.03.23' is 3 March 2023.")
    letter.lines("To: Marcus Etherington, Service Manager, Children with Disabilities Team, Bolton Council",
                 "From: Priya Lomax-Achebe",
                 "Date: 03.03.23",
                 "Re: Feedback from the peer visit to the Children with Disabilities Team")
    letter.para("")
    letter.para("Hi Marcus,")
    letter.paras("""
Many thanks for having me and Joel on Tuesday 21st February 2023. As promised, here are my notes from the feedback
conversation at the end of the day, so you have them in writing. I've kept them short.

Three things that stood out:
""")
    strengths = [
        "Your social workers know the children really well, including the ones who don't use words to communicate.",
        "Transition planning starts at 14 and the adult team is involved from the first meeting.",
        "Parents we spoke to said the short breaks offer has made a real difference to their family life.",
    ]
    for n, text in enumerate(strengths, 1):
        letter.para(f"{n}. {text}")
    letter.answer["summary_strengths"] += strengths
    letter.para("Three things to think about:")
    areas = [
        "Child in need reviews are often late when the allocated worker is on leave.",
        "Disabled children subject to child protection plans are not always seen alone.",
        "The team's threshold for a child protection enquiry seemed higher than in the rest of the service.",
    ]
    for n, text in enumerate(areas, 1):
        letter.para(f"{n}. {text}")
    letter.answer["summary_areas_for_consideration"] += areas
    letter.para("A few suggestions:")
    for text in [
        "Name a back-up worker for every child so that reviews go ahead when someone is away.",
        "Use the communication passport to plan how each child will be seen on their own.",
        "Ask the front door's practice lead to join your next threshold discussion.",
    ]:
        letter.para(f"* {text}")
        letter.answer["priorities_or_recommendations"].append(
            {"ref": None, "text": text, "group": "A few suggestions"})
    letter.paras("""
Honestly, it was a good day and the team should be proud. Give me a shout if anything here doesn't match what you
remember.
""")
    letter.para("Cheers,")
    letter.para("Priya")
    letter.para("Priya Lomax-Achebe | Head of Service, Disabled Children | Salford City Council")
    return [letter]
