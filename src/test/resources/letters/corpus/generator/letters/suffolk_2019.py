"""An LGA corporate peer challenge report (invented) in which children's safeguarding is one section of a longer
report on the whole council: an executive summary and the council-wide key recommendations (not answers: they are
about the whole council), the five core components as numbered sections, then "6. Children's safeguarding", the
focus the council added. Only that section carries answers: its three themes listed in a sentence-led list, per
theme "Strengths" / "Areas for consideration" as bold paragraphs under a Heading 2 over bullets, and its own
recommendations typed "6.1" .. "6.5". The lead peer is the signatory; the children's peer wrote the section but did
not lead the review. Fieldwork "19th - 22nd November 2019" (spaced hyphen); report date "January 2020" (month only).
"""
from model import AREA, Letter, STRENGTH

ORG = "Suffolk County Council"
SECTION = "6. Children's safeguarding"


def build():
    letter = Letter("suffolk-2019-lga-corporate-peer-challenge", "new",
                    ["lga-corporate-peer-challenge", "safeguarding-section-of-longer-report",
                     "council-wide-recommendations-distractor", "core-components-distractor", "title-page",
                     "themes-listed-in-section", "bold-paragraph-subheadings", "recommendations-typed-section-numbers",
                     "fieldwork-spaced-hyphen-ordinals", "report-date-month-only", "lead-peer-signatory"],
                    header="Suffolk County Council – Corporate Peer Challenge 2019", footer="{PAGE}")
    letter.particulars(ORG, "Corporate peer challenge (Local Government Association) with a children's safeguarding "
                            "focus", "Corporate Peer Challenge, Suffolk County Council",
                       "19th - 22nd November 2019", None, "Malcolm Trevithick",
                       "Lead Peer, Chief Executive of a county council",
                       notes="Invented report. Only section 6 (children's safeguarding, the focus the council asked "
                             "for) carries answers: the council-wide key recommendations and the core components are "
                             "about the whole council. Section 6's recommendations 6.1 .. 6.5 are typed; the number "
                             "is the ref. The report is dated by month only. The children's services peer wrote "
                             "section 6 but the review was led by the lead peer.")
    letter.heading("Corporate Peer Challenge", 0)
    letter.lines("Suffolk County Council", "19th - 22nd November 2019", "Feedback Report", "January 2020")
    letter.pagebreak()
    letter.heading("1. Executive summary", 1)
    letter.paras("""
Suffolk County Council is a well-run council with a clear sense of what it wants to achieve for the county. It has
managed its finances prudently through a decade of reductions and has a balanced medium-term financial plan. Staff
are proud to work for the council and partners describe it as a reliable and generous partner.

The council asked the peer team to look in particular at children's safeguarding, following a period of rising
demand and a recent focused visit. Our findings on that focus are in section 6. In short, the front door has
improved markedly, but the quality of child protection planning is too variable and the council does not yet have
enough foster carers of its own.
""")
    letter.heading("2. Key recommendations", 1)
    letter.para("There are a range of suggestions and observations within the main section of the report. The "
                "following are the peer team's key recommendations to the council:")
    letter.bullets([
        "Refresh the Corporate Plan so that its four priorities each carry a small number of measures.",
        "Develop a ten-year financial strategy alongside the medium-term financial plan.",
        "Strengthen the role of scrutiny in setting the budget.",
        "Act on the recommendations on children's safeguarding in section 6.",
        "Agree with district and borough councils a shared approach to housing growth.",
    ], style="number", numbered=True)
    letter.heading("3. Summary of the peer challenge approach", 1)
    letter.paras("""
The peer team was led by Malcolm Trevithick, Chief Executive of a county council, and included an elected member
peer, a director of finance, a director of children's services, and an LGA peer challenge manager. The team spent
four days on site in Ipswich and spoke to more than 160 people, including councillors, staff, partners and young
people.

Peer challenges cover five core components: understanding of the local place and priority setting; leadership of
place; organisational leadership and governance; financial planning and viability; and capacity to deliver.
""")
    letter.heading("4. Understanding of the local place and leadership of place", 1)
    letter.para("The council knows Suffolk well. Its joint strategic needs assessment is current and widely used, "
                "and the Suffolk Growth Partnership brings together the councils, the enterprise partnership and "
                "business leaders.")
    letter.heading("5. Governance, finance and capacity", 1)
    letter.para("Governance is sound. The council delivered savings of £41 million over the last three years and "
                "holds general reserves of £13.2 million. The budget gap for 2021/22 is £9.6 million, and plans to "
                "close it are at an early stage.")
    letter.heading(SECTION, 1)
    letter.paras("""
The council asked us to look at how well children in need of help and protection are safeguarded. The children's
services peer, Dr Ngozi Ashworth-Bell, spent the four days with the children and young people's directorate,
read 14 case files with managers and met social workers, partners and the Suffolk Safeguarding Partnership.
""")
    letter.para("We looked at three areas:")
    themes = ["The front door and early help", "Child protection planning", "Sufficiency of homes for children in care"]
    letter.themes(themes)
    for theme, strengths, areas in [
        (themes[0],
         ["The Customer First contact centre and the MASH now work as one service, and 92% of contacts receive a "
          "decision within one working day.",
          "Early help is well regarded by schools, and step-down from social care is smooth."],
         ["Police domestic abuse notifications are still passed on in bulk each morning, which delays the response "
          "to some children."]),
        (themes[1],
         ["Child protection conferences are timely and chaired by experienced independent chairs."],
         ["Plans are often a list of services rather than what must change for the child.",
          "Core groups do not always include the child's school, and some did not meet for two months.",
          "Managers' oversight is recorded but does not always challenge drift."]),
        (themes[2],
         ["Kinship carers receive good support from a dedicated team."],
         ["The council has too few foster carers of its own, and 38% of children in care live with independent "
          "fostering agencies.",
          "There is no residential provision in the county for children with complex needs."]),
    ]:
        letter.heading(theme, 2)
        letter.para("Strengths", bold=True)
        letter.findings(theme, STRENGTH, strengths)
        letter.para("Areas for consideration", bold=True)
        letter.findings(theme, AREA, areas)
    letter.heading("Recommendations on children's safeguarding", 2)
    for ref, text in [
        ("6.1", "Agree with Suffolk Constabulary that domestic abuse notifications are shared as they are made."),
        ("6.2", "Rewrite the child protection plan template so that each plan says what must change, by when and "
                "how everyone will know."),
        ("6.3", "Make the child's school a standing member of every core group."),
        ("6.4", "Launch a foster carer recruitment campaign with a target of 40 new households by March 2021."),
        ("6.5", "Work with neighbouring councils on a small residential home for children with complex needs."),
    ]:
        letter.para(f"{ref} {text}")
        letter.answer["priorities_or_recommendations"].append(
            {"ref": ref, "text": text, "group": "Recommendations on children's safeguarding"})
    letter.heading("7. Next steps", 1)
    letter.paras("""
We appreciate that the council will want to reflect on these findings and suggestions and decide how it responds.
The LGA will contact you in the autumn to arrange a follow-up visit, usually about a year after the peer challenge.
""")
    letter.lines("Malcolm Trevithick", "Lead Peer, on behalf of the peer team")
    return [letter]
