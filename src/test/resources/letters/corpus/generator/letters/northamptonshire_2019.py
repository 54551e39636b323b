"""A council's letter to Ofsted answering an inspection's recommendations (invented): written by the Director of
Children's Services (the signatory, who is NOT the review lead) to Ofsted's regional director; the inspection it
answers named with its dates ("carried out from 15 to 26 October 2018") and its lead inspector in the text; the
strengths the inspectors recognised quoted after a lead-in (the summary strengths); the inspection's six
recommendations in a table No. | Ofsted's recommendation | What we have done | What we will do next | By when (the
council's response columns are no answers). "RE:" subject line in capitals, letter date "11 January 2019",
"Yours sincerely", cc line."""
from letters._kit import recommendations_table
from model import Letter, STRENGTH

ORG = "Northamptonshire County Council"

RECS = [
    ("1", "Ensure that contacts and referrals are responded to within timescales that meet children's needs.",
     "A second duty team started in November 2018.", "Weekly audit of timeliness.", "March 2019"),
    ("2", "Improve the quality of assessments, so that they consider children's histories and the impact of "
          "cumulative harm.", "New assessment template and training for all social workers.",
     "Practice week in February.", "April 2019"),
    ("3", "Ensure that management oversight and supervision are regular and drive children's plans.",
     "Supervision policy relaunched.", "Monthly compliance report to the Director.", "March 2019"),
    ("4", "Reduce caseloads so that social workers have the capacity to do meaningful direct work with children.",
     "Twelve additional social workers recruited.", "Caseload cap of 20 in assessment teams.", "June 2019"),
    ("5", "Improve the sufficiency of placements for children in care, so that they live close to home.",
     "Sufficiency strategy drafted.", "Cabinet decision on in-house fostering expansion.", "July 2019"),
    ("6", "Ensure that care leavers have access to suitable accommodation and that pathway plans are up to date.",
     "Care leavers' housing protocol agreed with the district councils.", "Audit of all pathway plans.",
     "May 2019"),
]


def build():
    letter = Letter("northamptonshire-2019-response-to-ofsted-recommendations", "new",
                    ["council-letter-to-ofsted", "signatory-not-lead", "lead-inspector-named-in-text",
                     "inspection-dates-from-to", "re-line-capitals", "strengths-recognised-lead-in",
                     "recommendations-table-with-response-columns", "cc-line"],
                    header=None, footer=None)
    letter.particulars(ORG, "Ofsted inspection of local authority children's services (ILACS)",
                       "Response to the recommendations of the inspection of Northamptonshire children's services",
                       "15 to 26 October 2018", "2019-01-11", "Helen Bracegirdle",
                       "Her Majesty's Inspector (lead inspector), Ofsted",
                       notes="Invented letter from the council to Ofsted. The review is the inspection it answers: "
                             "its dates and its lead inspector (named in the text) are the particulars, not the "
                             "signing Director. The strengths the inspectors recognised are the summary strengths; "
                             "the inspection's recommendations are the recommendations (refs 1 .. 6, grouped by the "
                             "heading over the table); the council's response columns are no answers.")
    letter.lines("Children, Families and Education Directorate", ORG, "One Angel Square", "Angel Street",
                 "Northampton NN1 1ED", align="right")
    letter.para("11 January 2019")
    letter.lines("Gareth Milthorpe", "Regional Director, East Midlands", "Ofsted", "Royal Exchange Buildings",
                 "St Ann's Square", "Manchester M2 7LA")
    letter.para("Dear Gareth")
    letter.para("RE: INSPECTION OF NORTHAMPTONSHIRE CHILDREN'S SERVICES – OUR RESPONSE TO THE RECOMMENDATIONS",
                bold=True)
    letter.paras("""
Thank you for the report of the inspection of local authority children's services in Northamptonshire, carried out
from 15 to 26 October 2018 by the team led by Helen Bracegirdle HMI. We accept the inspection's findings in full, and
I am writing, as the report asks, to set out how Northamptonshire County Council is responding to its
recommendations.

We were encouraged that inspectors recognised:
""")
    letter.summary(STRENGTH, [
        "the strong and effective response to children at immediate risk of harm out of hours",
        "the commitment of social workers, who know their children well",
        "the good quality of services for disabled children",
        "the improved stability of the senior leadership team since the summer",
    ], style="bullet")
    letter.paras("""
We also accept that the inspection found too many children waiting too long for help, and that the pace of change
has to increase. Our improvement plan, attached, has been agreed by the Cabinet and the Improvement Board.
""")
    letter.para("**The inspection's recommendations and our response**")
    recommendations_table(letter, ("No.", "Ofsted's recommendation", "What we have done", "What we will do next",
                                   "By when"), RECS, group="The inspection's recommendations and our response",
                          widths=[600, 3400, 2200, 2200, 1200])
    letter.paras("""
I will write again in six months with an update on each recommendation. In the meantime I would be happy to meet
you to discuss any part of this response.

Yours sincerely
""")
    letter.lines("Sally-Anne Brightwell", "Director of Children's Services", ORG)
    letter.para("cc: Chief Executive; Leader of the Council; Chair, Northamptonshire Children's Improvement Board")
    return [letter]
