"""An Ofsted ILACS inspection report (invented): a particulars table, a judgement | grade table, an overall
summary in prose, "Areas for priority action" (an inadequate judgement) and "What needs to improve?", then a
section of prose per judgement. The three judgement areas are the inspection's themes; the prose evaluation is
not split into findings."""
from model import Letter

ORG = "London Borough of Southwark"

JUDGEMENTS = [
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care and care leavers",
]


def build():
    letter = Letter("southwark-2019-ofsted-ilacs-inspection-report", "new",
                    ["ofsted-ilacs-report", "organisation-london-borough", "particulars-table", "judgement-table",
                     "areas-for-priority-action", "what-needs-to-improve-question", "judgements-as-themes",
                     "prose-evaluation", "fieldwork-to-range", "report-published-date", "glyph-bullets"],
                    header="Inspection of Southwark local authority children's services",
                    footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Ofsted inspection of local authority children's services (ILACS)",
                       "Inspection of Southwark local authority children's services", "2 to 13 December 2019",
                       "2020-01-31", "Brenda McLaughlin", "Her Majesty's Inspector (lead inspector), Ofsted",
                       notes="Invented report. The judgement areas are the themes. 'Areas for priority action' and "
                             "'What needs to improve?' are what the council must plan against, so both are the "
                             "recommendations. The evaluation is prose, not findings.")
    letter.heading("Inspection of Southwark local authority children's services", 0)
    letter.table([["Local authority:", ORG],
                  ["Inspection dates:", "2 to 13 December 2019"],
                  ["Lead inspector:", "Brenda McLaughlin, Her Majesty's Inspector"],
                  ["Report published:", "31 January 2020"]], header=False, widths=[3000, 6600])
    letter.table([["Judgement", "Grade"],
                  [JUDGEMENTS[0], "Requires improvement to be good"],
                  [JUDGEMENTS[1], "Inadequate"],
                  [JUDGEMENTS[2], "Good"],
                  ["Overall effectiveness", "Requires improvement to be good"]], widths=[7000, 2600])
    letter.answer["framework_themes"] = list(JUDGEMENTS)
    letter.paras("""
Services for children in Southwark require improvement to be good. Since the last inspection in 2016, when services
were judged to be good, the quality of help and protection for children has deteriorated. Children who need help
and protection do not receive a consistently timely or effective response, and for some children risks are not
recognised or reduced quickly enough. Senior leaders had identified some of these weaknesses, but they had not
understood their extent.

Children in care and care leavers continue to receive a good service. Most children live in stable homes where
their needs are met, and care leavers are well supported by personal advisers who know them well.
""")
    letter.heading("Areas for priority action", 2)
    letter.para("The local authority should take action to address the following areas as a priority:")
    letter.recommendations([
        "The timeliness and quality of the response to contacts and referrals at the front door, so that risks to "
        "children are recognised and acted on.",
        "The consistency of strategy discussions and child protection enquiries, including the involvement of "
        "partner agencies.",
    ], group="Areas for priority action", style="glyph", numbered=False)
    letter.heading("What needs to improve?", 2)
    letter.recommendations([
        "Management oversight and supervision of frontline practice, so that plans progress without delay.",
        "The quality of assessments for children in need, so that they take account of children's histories.",
        "The response to children who go missing, including the quality and use of return home interviews.",
        "The accuracy of the local authority's performance information and the use of audit to improve practice.",
    ], group="What needs to improve?", style="glyph", numbered=False)
    letter.heading(JUDGEMENTS[1] + ": inadequate", 2)
    letter.paras("""
1. Contacts and referrals are not consistently screened in a timely way. Inspectors found 63 contacts awaiting a
decision at the start of the inspection, some of which had waited more than five working days. Thresholds are not
applied consistently, and some children with unmet needs are signposted to universal services without a clear
understanding of their circumstances.

2. When risks are identified, strategy discussions do not always include health and education. Child protection
enquiries are of variable quality, and the views of children are not always sought. Once children are subject to
child protection plans, most plans are reviewed on time, but core groups do not always meet regularly.
""")
    letter.heading(JUDGEMENTS[2] + ": good", 2)
    letter.paras("""
3. Children come into care when they need to. Decisions are well considered and made at the right level. Most
children in care live in stable placements, and brothers and sisters live together wherever possible.

4. Care leavers are well supported. Personal advisers keep in touch with almost all young people and help them to
find suitable accommodation, education and work.
""")
    letter.heading(JUDGEMENTS[0] + ": requires improvement to be good", 2)
    letter.paras("""
5. The Director of Children's Services and the Chief Executive are ambitious for children, and political support
for children's services is strong. Leaders responded quickly to inspectors' concerns about the front door,
allocating additional managers and social workers during the inspection.

6. Leaders' oversight of frontline practice has not been strong enough. Performance information was inaccurate in
some key areas, and audits had not identified the weaknesses that inspectors found.
""")
    letter.para("Ofsted has a statutory duty to publish this report. A copy has been sent to the Director of "
                "Children's Services and to the Secretary of State for Education.")
    return [letter]
