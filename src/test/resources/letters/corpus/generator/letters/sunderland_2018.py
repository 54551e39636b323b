"""An Ofsted ILACS full inspection report (invented) for a council whose children's services are delivered by a
company it owns: a particulars table naming the local authority and the provider, a judgement | grade table (the
three judgement areas are the themes, "Overall effectiveness" is not), an overall summary, "What needs to improve"
as a Word-numbered list (refs 1 .. 6), then numbered prose paragraphs per judgement (not split into findings).
"Inspection dates: 5 March 2018 to 16 March 2018"; "Report published: 24 April 2018"."""
from model import Letter

ORG = "Sunderland City Council"

JUDGEMENTS = [
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care and care leavers",
]


def build():
    letter = Letter("sunderland-2018-ofsted-ilacs-inspection-report", "new",
                    ["ofsted-ilacs-report", "services-delivered-by-company", "particulars-table", "judgement-table",
                     "judgements-as-themes", "what-needs-to-improve-word-numbered", "numbered-prose-paragraphs",
                     "fieldwork-full-dates-to", "report-published-date"],
                    header="Inspection of Sunderland local authority children's services",
                    footer="{PAGE}")
    letter.particulars(ORG, "Ofsted inspection of local authority children's services (ILACS)",
                       "Sunderland City Council Inspection of children's social care services",
                       "5 March 2018 to 16 March 2018", "2018-04-24", "Marguerite Oddie",
                       "Her Majesty's Inspector (lead inspector), Ofsted",
                       notes="Invented report. The organisation is the local authority named as such, not Together "
                             "for Children, the company that delivers its services. The judgement areas are the "
                             "themes; 'Overall effectiveness' is the overall judgement. 'What needs to improve' is "
                             "Word-numbered: the numbers are the refs. The numbered prose paragraphs are evaluation, "
                             "not findings.")
    letter.heading("Sunderland City Council", 0)
    letter.para("Inspection of children's social care services", bold=True)
    letter.table([["Local authority:", ORG],
                  ["Services delivered by:", "Together for Children Sunderland Limited"],
                  ["Inspection dates:", "5 March 2018 to 16 March 2018"],
                  ["Lead inspector:", "Marguerite Oddie, Her Majesty's Inspector"],
                  ["Report published:", "24 April 2018"]], header=False, widths=[3200, 6400])
    letter.table([["Judgement", "Grade"],
                  [JUDGEMENTS[0], "Requires improvement to be good"],
                  [JUDGEMENTS[1], "Requires improvement to be good"],
                  [JUDGEMENTS[2], "Good"],
                  ["Overall effectiveness", "Requires improvement to be good"]], widths=[7000, 2600])
    letter.answer["framework_themes"] = list(JUDGEMENTS)
    letter.paras("""
Children's services in Sunderland have improved since the inspection in 2015, when they were judged inadequate.
In 2016 the council transferred its children's services to Together for Children, a company it owns. Leaders of the
company and the council have a shared and accurate view of where services are strong and where they need to improve.

Children in care and care leavers now receive a good service. Help and protection for children has improved but is
not yet consistently good: the quality of assessments and plans varies, and some children wait too long for
decisions when their circumstances do not improve.
""")
    letter.heading("What needs to improve", 2)
    letter.recommendations([
        "The quality of assessments, so that they analyse the impact of parents' difficulties on each child.",
        "The timeliness of decisions to begin pre-proceedings when children's circumstances do not improve.",
        "The quality of child in need plans and the frequency of reviews of them.",
        "Management oversight and supervision, so that drift is identified and challenged.",
        "The response to children who go missing, including the timeliness of return home interviews.",
        "The use of performance information by managers at team level.",
    ], group="What needs to improve", refs="auto")
    letter.heading("The experiences and progress of children who need help and protection: requires improvement "
                   "to be good", 2)
    letter.paras("""
1. Children and families receive early help that is well coordinated through the council's family hubs. When
concerns escalate, step-up to social care is timely.

2. Assessments are timely, but too many describe a family's circumstances without analysing what life is like for
the child. Plans are not always specific about what needs to change.

3. When children go missing, return home interviews are offered, but only 61% take place within 72 hours.
""")
    letter.heading("The experiences and progress of children in care and care leavers: good", 2)
    letter.paras("""
4. Children come into care at the right time. Most live in stable homes with carers who know them well, and
children's views are heard in their reviews.

5. Care leavers are positive about the support they receive from personal advisers, and the local offer is generous.
""")
    letter.heading("The impact of leaders on social work practice with children and families: requires improvement to "
                   "be good", 2)
    letter.paras("""
6. Leaders have created a stable workforce: agency staff have fallen from 31% to 9% in two years, and caseloads are
manageable.

7. Performance information is timely and accurate at senior level but is not used well by team managers, and
supervision does not always lead to action.

Ofsted has a statutory duty to publish this report. A copy has been sent to the council's Director of Children's
Services and to the Secretary of State for Education.
""")
    return [letter]
