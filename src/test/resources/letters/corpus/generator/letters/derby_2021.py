"""A peer review of a Multi-Agency Safeguarding Hub and front door (invented): the council's key lines of enquiry in
a two-column question | "What we found" table (each with the team's answer), themes as Heading 2 sections with bold
"What is working well" / "What could be better" paragraphs over Word bullets, an overall "Headlines" pair of lists,
Word-numbered recommendations, one with Word-numbered sub-points. Fieldwork "23rd-25th February 2021" (unspaced
hyphen), "11 March 2021", "Regards"."""
from letters._kit import para
from model import AREA, Block, Item, Letter, STRENGTH

ORG = "Derby City Council"

KLOES = [
    ("Are contacts to the front door handled safely and in good time?",
     "Mostly yes. Contacts are screened within the day, but the hub's decisions on police notifications take too "
     "long at weekends."),
    ("Do partners share information quickly enough to inform decisions?",
     "Police and health share quickly; schools and adult services are slower and less consistent."),
    ("Is the threshold for a social work assessment understood and applied consistently?",
     "The threshold is well understood inside the hub, less so by referrers, and re-referrals are rising."),
]


def build():
    letter = Letter("derby-2021-mash-front-door-peer-review", "new",
                    ["mash-front-door-peer-review", "kloe-answer-table", "headlines-lists", "heading-2-themes",
                     "heading-what-is-working-well", "heading-what-could-be-better", "numpr-bullets",
                     "word-numbered-recommendations-with-sub-points", "fieldwork-unspaced-hyphen-ordinals",
                     "regards-sign-off"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Peer review of the Multi-Agency Safeguarding Hub (front door)",
                       "Peer Review of Derby's Multi-Agency Safeguarding Hub", "23rd-25th February 2021",
                       "2021-03-11", "Oluwaseun Farrant", "Peer Review Lead, Head of Service, Front Door, a "
                                                           "neighbouring council",
                       notes="Invented letter. The key lines of enquiry are the table's question column, each with "
                             "the 'What we found' cell as its answer. 'Headlines' lists are the summary strengths "
                             "and areas. No themes are listed or named, so the themes are the findings' headings (as "
                             "Havering's table column). Recommendations are Word-numbered; the sub-points under "
                             "recommendation 3 follow it with no ref.")
    letter.para("11 March 2021", align="right")
    letter.lines("Andrew Kemsley", "Strategic Director of Peoples Services", ORG, "The Council House",
                 "Corporation Street", "Derby", "DE1 2FS")
    letter.para("Dear Andrew")
    letter.heading("Peer review of Derby's Multi-Agency Safeguarding Hub", 1)
    letter.paras("""
Thank you for asking us to look at Derby's Multi-Agency Safeguarding Hub (MASH) and front door. Because of the
pandemic the review was carried out remotely, over video calls, on 23rd-25th February 2021. The team of four
spoke with 58 people, observed the hub's daily meetings and looked at 30 contacts with the hub's managers.

You asked us three questions. Our short answers are below; the detail follows.
""")
    rows = [[[para("Key line of enquiry", bold=True)], [para("What we found", bold=True)]]]
    for question, answer in KLOES:
        rows.append([[para(question)], [para(answer)]])
        letter.answer["lines_of_enquiry"].append({"question": question, "finding_summary": answer})
    letter.blocks.append(Block("table", rows=rows, header=True, widths=[4200, 5400]))
    letter.heading("Headlines", 2)
    letter.para("What is working well", bold=True)
    letter.summary(STRENGTH, [
        "Staff in the hub are experienced, calm and committed, and managers are visible.",
        "Co-location with the police child abuse investigation unit makes strategy discussions quick.",
        "Families are told the outcome of contacts in writing within two days.",
    ])
    letter.para("What could be better", bold=True)
    letter.summary(AREA, [
        "Weekend arrangements for police notifications leave a backlog every Monday.",
        "Referrers do not get feedback on what happened to their contact.",
        "Re-referrals within twelve months have risen to 27%.",
    ])
    for theme, strengths, areas in [
        ("Screening and decision making",
         ["Every contact is RAG-rated on arrival, and red contacts go to a manager within the hour.",
          "Decisions are recorded with a clear rationale that refers to the threshold document."],
         ["On Mondays up to 90 police notifications are waiting to be screened.",
          "Consent is not always sought from parents before checks are made, even when it would be safe to ask."]),
        ("Information sharing",
         ["The police and health researchers return checks within four hours in most cases."],
         ["Schools are asked for information by email, and replies can take three days.",
          "Adult mental health services are not represented in the hub."]),
        ("Partnership understanding of thresholds",
         ["The threshold document was refreshed in 2020 with partners."],
         ["Some referrers see the hub as the only route to help, and do not use early help first.",
          "There is no regular audit of contacts that are closed with no further action."]),
    ]:
        letter.answer["framework_themes"].append(theme)
        letter.heading(theme, 2)
        letter.para("What is working well", bold=True)
        letter.findings(theme, STRENGTH, strengths)
        letter.para("What could be better", bold=True)
        letter.findings(theme, AREA, areas)
    letter.heading("Recommendations", 2)
    letter.recommendations([
        "Staff the hub on Saturdays and Sundays so that police notifications are screened as they arrive.",
        "Give every professional referrer written feedback on the outcome of their contact.",
        Item("Work with partners to understand the rise in re-referrals:", [
            "audit a sample of re-referred children each quarter;",
            "report the findings to the Derby and Derbyshire Safeguarding Children Partnership.",
        ]),
        "Invite adult mental health services to place a practitioner in the hub.",
    ], group="Recommendations", refs="auto")
    letter.paras("""
We would like to thank everyone who gave their time, and particularly the hub's business support team, who
organised more than 30 video calls at short notice.
""")
    letter.para("Regards")
    letter.lines("Oluwaseun Farrant", "Peer Review Lead")
    return [letter]
