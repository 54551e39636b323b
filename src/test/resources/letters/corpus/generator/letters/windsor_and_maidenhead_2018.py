"""An LGA safeguarding peer review letter (invented): "Key strengths included" as a lead-in sentence, "What could
be better", findings as theme rows followed by Strengths: / Areas for further consideration: rows, and the
recommendations as "Areas for development" in an appendix, with a second appendix by another author."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Royal Borough of Windsor and Maidenhead"


def build():
    letter = Letter("windsor-and-maidenhead-2018-peer-review", "new",
                    ["lga-peer-review", "organisation-lower-case-words", "fieldwork-between",
                     "lead-in-key-strengths-included", "heading-what-could-be-better", "findings-table-theme-rows",
                     "recommendations-in-appendix", "heading-areas-for-development", "appendix-other-author",
                     "numpr-bullets", "word-numbered-recommendations", "sub-bullets"],
                    header="Safeguarding Peer Review – Royal Borough of Windsor and Maidenhead",
                    footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "4 and 8 March 2018", "2018-04-17", "Graham Bentley",
                       "Peer review lead, Local Government Association", notes="Invented letter.")
    letter.para("17 April 2018")
    letter.lines("Kevin McDaniel", "Director of Children's Services", ORG, "Town Hall", "St Ives Road",
                 "Maidenhead", "SL6 1RF")
    letter.para("Dear Kevin")
    letter.para("**Safeguarding peer review**")
    letter.paras("""
Thank you for inviting the Local Government Association to undertake a safeguarding peer review of children's
services in the Royal Borough. The review took place between 4 and 8 March 2018. The peer team would like to thank
everyone who contributed; people were open, generous with their time and keen to improve.

Since April 2017 children's services have been delivered on the council's behalf by Achieving for Children, a
community interest company jointly owned with two other councils. You asked the team to consider how well the new
arrangements are working, alongside the four themes of the peer review framework:
""")
    letter.themes(["Leadership, governance and accountability", "Effective practice and outcomes",
                   "Partnership working", "Workforce and capacity"], style="bullet")
    letter.para("As agreed, the team focused in particular on the following questions:")
    letter.enquiries([
        "Is the commissioning relationship with Achieving for Children giving members the assurance they need?",
        "How consistent is the quality of social work practice across the service?",
    ], style="bullet")
    letter.para("This letter sets out the team's headline messages; the table at the end of the letter gives the "
                "detailed findings for each theme.")
    letter.heading("Headline messages", 2)
    letter.para("Key strengths included:")
    letter.summary(STRENGTH, [
        "A clear commitment from members and senior officers to improving outcomes for children",
        "A confident and stable management team within Achieving for Children",
        "Good practice in the early help hubs, which families value",
        "Positive engagement of schools in safeguarding",
    ], style="bullet")
    letter.heading("What could be better", 2)
    letter.summary(AREA, [
        "The contract monitoring arrangements focus on activity rather than on the quality of practice and the "
        "difference made for children.",
        Item("Practice is not yet consistently good. The team saw:", [
            "assessments that did not take account of family history",
            "plans without clear timescales",
        ]),
        "The partnership does not yet have a shared picture of neglect in the borough.",
    ], style="bullet")
    letter.paras("""
We discussed these messages with you and with the lead member at the feedback session on 8 March. The areas for
development that you agreed with us are set out in Appendix 1. We hope they will be helpful as you refresh your
improvement plan.

The LGA would be pleased to support you further. Please do not hesitate to contact me.
""")
    letter.para("Yours sincerely")
    letter.lines("Graham Bentley", "Peer review lead", "On behalf of the Local Government Association peer team")
    letter.heading("Detailed findings", 1)
    letter.findings_table([
        ("Leadership, governance and accountability",
         ["The lead member and the Managing Director provide visible leadership.",
          "The governance of Achieving for Children is well understood by senior officers."],
         ["Members would benefit from reports that say more about the quality of practice.",
          "The corporate parenting panel should hear directly from children in care more often."]),
        ("Effective practice and outcomes",
         ["Direct work with children in the early help hubs is creative.",
          "Timeliness of assessments has improved and is now in line with statistical neighbours."],
         ["Family history is not consistently used in assessments.",
          "Child in need plans often lack timescales."]),
        ("Partnership working",
         ["Schools are well engaged and have a strong designated safeguarding lead network.",
          "Police and children's social care work well together on missing children."],
         ["There is no shared neglect strategy or tool across the partnership."]),
        ("Workforce and capacity",
         ["Staff feel well supported by their managers.",
          "Caseloads are manageable."],
         ["Reliance on agency staff in the assessment teams remains high at 28%."]),
    ], layout="rows")
    letter.pagebreak()
    letter.heading("Appendix 1: Areas for development", 1)
    letter.para("At the feedback session the council and Achieving for Children agreed the following areas for "
                "development:")
    letter.recommendations([
        "Refresh the contract monitoring framework so that it reports on the quality of practice and on outcomes "
        "for children.",
        "Embed the practice standards for assessment and planning, with regular audit.",
        "Develop a partnership neglect strategy and adopt a shared assessment tool.",
        "Reduce reliance on agency social workers in the assessment teams.",
    ], group="Areas for development", style="number", refs="auto")
    letter.heading("Appendix 2: Support available from the LGA", 1)
    letter.paras("""
The LGA offers a range of support for children's services, including leadership programmes for lead members,
mentoring for new directors and bespoke support for improvement. Please contact your Children's Improvement Adviser
to discuss what would be most helpful.
""")
    letter.para("Kind regards")
    letter.lines("Ruth Ellison", "Children's Improvement Adviser, South East")
    return [letter]
