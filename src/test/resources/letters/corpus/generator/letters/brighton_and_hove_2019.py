"""An LGA children's safeguarding peer challenge letter (invented): themes as a List Bullet list, key lines of
enquiry numbered, summaries, a theme | strengths | areas table with typed bullets in the cells, key priorities
R1.., and a data appendix prepared by an analyst."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Brighton and Hove City Council"


def build():
    letter = Letter("brighton-and-hove-2019-peer-challenge", "new",
                    ["lga-peer-challenge", "organisation-lower-case-words", "fieldwork-en-dash-range",
                     "list-bullet-style", "numbered-enquiries", "findings-table-columns", "glyph-bullets-in-cells",
                     "priorities-R-numbered", "appendix-other-author", "data-table", "letter-date-ordinal"],
                    header="Children's Safeguarding Peer Challenge – Brighton and Hove City Council")
    letter.particulars(ORG, "Children's safeguarding peer challenge (Local Government Association)",
                       "Children's Safeguarding Peer Challenge", "27 – 31 May 2019", "2019-06-20", "Helen Marsh",
                       "Lead peer, Local Government Association", notes="Invented letter.")
    letter.para("20th June 2019")
    letter.lines("Deb Austin", "Executive Director, Families, Children and Learning", ORG, "Hove Town Hall",
                 "Norton Road", "Hove", "BN3 3BQ")
    letter.para("Dear Deb")
    letter.para("**Brighton and Hove children's safeguarding peer challenge, 27 – 31 May 2019**")
    letter.paras("""
On behalf of the peer challenge team, I would like to thank you, your staff and partners for the warm welcome we
received and the open way in which everyone engaged with us during the week. The team spoke with over 150 people,
held 38 meetings and focus groups, and looked at 30 case files in detail, including six audited jointly with your
practice leads.

The peer challenge used the LGA's safeguarding framework, which looks at five themes:
""")
    letter.themes(["Vision, strategy and leadership", "Outcomes, impact and effective practice",
                   "Working together, including the Local Safeguarding Children Partnership",
                   "Capacity and managing resources", "Learning and development"], style="List Bullet")
    letter.para("In addition, you asked the team to look at the following key lines of enquiry:")
    letter.enquiries([
        "How well does the front door, including the MASH, manage demand and apply thresholds consistently?",
        "Is our response to adolescents at risk of exploitation joined up across the partnership?",
        "How effective is the transition to the new safeguarding partnership arrangements?",
    ], style="number")
    letter.paras("""
This letter summarises our findings. The detailed findings for each theme are set out in the table that follows
the summary. It is important to stress that a peer challenge is not an inspection: the team used its experience to
reflect on the evidence you presented and on what we heard.
""")
    letter.heading("Key strengths", 2)
    letter.summary(STRENGTH, [
        "There is strong, visible and stable leadership in children's services, and staff trust their managers.",
        "Relationships with partners are mature and there is a shared commitment to children in the city.",
        "The voice of children and young people is heard and acted on, for example through the Children in Care "
        "Council and the young inspectors.",
        "Social workers are positive about working in Brighton and Hove, caseloads are manageable and the "
        "workforce is stable.",
    ], style="List Bullet")
    letter.heading("Areas for further consideration", 2)
    letter.summary(AREA, [
        "Demand at the front door remains high; partners are not yet confident about thresholds and some contacts "
        "do not need a social care response.",
        Item("The response to adolescents at risk of exploitation is developing but needs:", [
            "a single partnership strategy covering criminal and sexual exploitation and missing children",
            "better use of shared intelligence to map risk in the city",
        ]),
        "Quality assurance is in place but the learning from audits does not always reach frontline practice.",
    ], style="List Bullet")
    letter.paras("""
Overall, the team was impressed by the commitment and skill of the staff we met. You have a good understanding of
your strengths and of the areas that need more work, and your self-assessment was an honest one. The priorities
below were discussed with you and your partners at the feedback session on 31 May.
""")
    letter.heading("Key priorities", 2)
    letter.recommendations([
        Item("Review the operation of the front door with partners, so that thresholds are understood and applied "
             "consistently and contacts that need no social care response are redirected quickly.", label="R1"),
        Item("Agree and implement a single exploitation strategy across the partnership.", label="R2"),
        Item("Develop a shared problem profile of exploitation in the city, using police, health, education and "
             "social care intelligence.", label="R3"),
        Item("Strengthen the link between audit findings and practice improvement, including a clear feedback "
             "loop to practitioners.", label="R4"),
        Item("Complete the transition to the new partnership arrangements and publish the first yearly report.",
             label="R5"),
    ], group="Key priorities", style="plain")
    letter.paras("""
The LGA would be happy to provide further support as you take these priorities forward. Your regional adviser,
Tom Farrant, has been sent a copy of this letter.

Thank you once again for inviting us to Brighton and Hove.
""")
    letter.para("Yours sincerely")
    letter.lines("Helen Marsh", "Lead peer", "Local Government Association")
    letter.pagebreak()
    letter.heading("Detailed findings", 1)
    letter.findings_table([
        ("Vision, strategy and leadership",
         ["The Executive Director and the lead member provide clear and consistent leadership.",
          "Corporate support for children's services is strong, including protected budgets for early help."],
         ["The children and young people's plan has expired and a refreshed plan is needed to set out shared "
          "priorities."]),
        ("Outcomes, impact and effective practice",
         ["Assessments seen by the team were timely and analytical.",
          "Direct work with children is creative and well recorded.",
          "The Family Group Conference service is valued by families and social workers."],
         ["Plans are not always specific about what needs to change.",
          "Management oversight is recorded but does not always show the reasons for decisions."]),
        ("Working together, including the Local Safeguarding Children Partnership",
         ["The three safeguarding partners have agreed arrangements that build on the strengths of the former "
          "LSCB.",
          "Schools are well engaged and value the designated safeguarding lead network."],
         ["The independent scrutiny arrangements are not yet clear to partners.",
          "The voluntary sector is not represented in the new subgroup structure."]),
        ("Capacity and managing resources",
         ["Social work vacancies have fallen to 7% and the use of agency staff is low."],
         ["Projected demand for placements for adolescents is not matched by local sufficiency."]),
        ("Learning and development",
         ["The social work academy gives newly qualified staff a strong start.",
          "Multi-agency training is well attended."],
         ["The impact of training on practice is not evaluated."]),
    ], headings=("Theme", "Strengths", "Areas for consideration"), style="glyph")
    letter.pagebreak()
    letter.heading("Appendix B: Data profile", 1)
    letter.para("The data below were supplied by the council before the peer challenge and are as at 31 March 2019.")
    letter.table([["Measure", "Brighton and Hove", "Statistical neighbours", "England"],
                  ["Referrals per 10,000 children", "612", "548", "552"],
                  ["Re-referrals within 12 months", "24%", "21%", "22%"],
                  ["Child protection plans per 10,000", "51", "47", "45"],
                  ["Children looked after per 10,000", "88", "72", "65"]], widths=[3600, 2000, 2000, 2000])
    letter.para("Prepared by: Alan Fitch, Senior Performance Analyst, Families, Children and Learning")
    return [letter]
