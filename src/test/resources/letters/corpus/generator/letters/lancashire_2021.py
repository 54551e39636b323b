"""An Ofsted ILACS short inspection letter (invented): a particulars table (inspection dates, lead inspector), a
judgement | grade table whose judgement areas are the themes, prose evaluation per judgement (not findings), and
"Areas for improvement" as typed-glyph bullets after a lead-in: the list the council plans against, so the
recommendations. Fieldwork "15 to 19 November 2021"."""
from model import Letter

ORG = "Lancashire County Council"


def build():
    letter = Letter("lancashire-2021-ofsted-ilacs-short-inspection", "new",
                    ["ofsted-ilacs-short-inspection", "particulars-table", "judgement-table-themes",
                     "prose-evaluation", "heading-areas-for-improvement", "glyph-bullets", "fieldwork-from-to",
                     "lead-inspector-named-in-table", "ofsted-letter-addressee"],
                    header="Ofsted – Inspection of local authority children's services", footer="{PAGE}")
    letter.particulars(ORG, "Inspection of local authority children's services (ILACS) short inspection (Ofsted)",
                       "Lancashire County Council: Inspection of local authority children's services",
                       "15 to 19 November 2021", "2021-12-10", "Naomi Crossfield",
                       "Her Majesty's Inspector (lead inspector), Ofsted",
                       notes="Invented letter. The judgement areas are the themes. 'Areas for improvement' is what the "
                             "council must plan against, so the recommendations. The evaluation is prose, not "
                             "findings. 'Overall effectiveness' is the overall grade, not a theme.")
    letter.para("10 December 2021")
    letter.lines("Edwina Harcourt", "Executive Director of Education and Children's Services", ORG, "County Hall",
                 "Fishergate", "Preston", "PR1 8XJ")
    letter.para("Dear Edwina")
    letter.heading("Lancashire County Council: Inspection of local authority children's services", 1)
    letter.table([["Inspection dates", "15 to 19 November 2021"],
                  ["Lead inspector", "Naomi Crossfield, Her Majesty's Inspector"]], header=False, widths=[3000, 6600])
    letter.table([["Judgement", "Grade"],
                  ["The impact of leaders on social work practice with children and families", "Good"],
                  ["The experiences and progress of children who need help and protection", "Good"],
                  ["The experiences and progress of children in care and care leavers", "Requires improvement to be good"],
                  ["Overall effectiveness", "Good"]], widths=[6600, 3000])
    letter.answer["framework_themes"] += [
        "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care and care leavers"]
    letter.paras("""
This letter summarises the findings of the short inspection of Lancashire's children's services, carried out under
the inspection of local authority children's services (ILACS) framework. Inspectors looked at the experiences of
children who need help and protection, children in care and care leavers, and at the impact of leaders.

Since the last inspection in 2018, when services were judged to require improvement to be good, senior leaders have
worked with determination to improve practice. Most children now receive a good service. Children who need help and
protection are identified quickly and are helped by social workers who know them well. Services for children in care
have improved more slowly, and too many children still wait for permanence.
""")
    letter.heading("Areas for improvement", 2)
    letter.para("The local authority should address the following areas for improvement:")
    letter.recommendations([
        "The timeliness of permanence planning for children in care, including the use of foster to adopt.",
        "The sufficiency of local placements for children in care aged 13 and over.",
        "The quality and consistency of pathway plans for care leavers aged 18 to 21.",
        "The recording of management oversight in the disabled children's teams.",
    ], group="Areas for improvement", style="glyph", numbered=False)
    letter.heading("The experiences and progress of children who need help and protection: good", 2)
    letter.paras("""
Children and families receive a timely and proportionate response when they first need help. In the Children and
Family Wellbeing Service, early help workers build trusting relationships with families and help them to make
changes that last. When concerns escalate, strategy discussions are well attended by partners and decisions are
clearly recorded.

Assessments are thorough and include the views of children. Child protection plans are specific, and most children
are helped to be safer. Children at risk of exploitation are supported well by the Children and Family Wellbeing
Service and the exploitation team. A small number of children in the disabled children's teams do not have their
plans reviewed as often as they should.
""")
    letter.heading("The experiences and progress of children in care and care leavers: requires improvement to be good",
                   2)
    letter.paras("""
Children come into care when they need to. Their social workers visit them regularly and know them well, and
children's views are heard in their reviews. However, too many children wait too long for a permanent home: for 86
children, a plan for permanence had not been agreed by their second review.

There are not enough local homes for older children, and 41 children aged 13 and over live more than 20 miles from
Lancashire. Care leavers are positive about their personal advisers, but pathway plans for those aged 18 to 21 are
too often out of date.
""")
    letter.heading("The impact of leaders on social work practice with children and families: good", 2)
    letter.paras("""
Leaders have a realistic understanding of the strengths and weaknesses of services. Elected members and the chief
executive have invested in social work capacity, and caseloads are now manageable for most social workers. The
quality assurance framework is well embedded, and audits lead to improvement.

Ofsted will take the findings from this inspection into account when planning your next inspection or visit.
""")
    letter.para("Yours sincerely")
    letter.lines("Naomi Crossfield", "Her Majesty's Inspector")
    return [letter]
