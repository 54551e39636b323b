"""A peer review of a council's education safeguarding service (invented): numbered sections, the service's five
functions listed as the themes, per theme bold "Strengths" / "Areas for further development" paragraphs over Word
bullets, an overall "Summary" with two List Bullet lists, lines of enquiry as Word-numbered questions without answers,
recommendations as typed "ES1" .. "ES5" labels opening plain paragraphs. Fieldwork "27th–29th November
2019" (en dash); letter dated "19/12/2019"; "Yours sincerely"; the lead's role at another council."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Bristol City Council"

THEMES = [
    "Support and challenge to schools",
    "Designated safeguarding leads",
    "Children missing education",
    "Elective home education",
    "Allegations against staff (LADO)",
]


def build():
    letter = Letter("bristol-2019-education-safeguarding-peer-review", "new",
                    ["education-safeguarding-peer-review", "themes-listed-as-bullets", "enquiries-word-numbered",
                     "heading-areas-for-further-development", "list-bullet-summary", "typed-es-labels",
                     "date-slashes", "fieldwork-en-dash-ordinals", "numbered-sections"],
                    header="Bristol Education Safeguarding Peer Review", footer="{PAGE}")
    letter.particulars(ORG, "Peer review of the education safeguarding service",
                       "Bristol Education Safeguarding Peer Review", "27th–29th November 2019", "2019-12-19",
                       "Philippa Ramsbottom", "Peer Review Lead, Head of Education Safeguarding, a core city council",
                       notes="Invented letter. The five functions of the service are the themes. Questions are "
                             "Word-numbered without answers. Recommendations ES1 .. ES5 are typed labels: the label is "
                             "the ref.")
    letter.para("19/12/2019")
    letter.lines("Mr Tobias Hendricks-Yeo", "Head of Safeguarding in Education", ORG, "City Hall", "College Green",
                 "Bristol", "BS1 5TR")
    letter.para("Dear Tobias")
    letter.para("**Re: Bristol Education Safeguarding Peer Review, 27th–29th November 2019**")
    letter.heading("1. Introduction", 1)
    letter.paras("""
1.1 Thank you for inviting us to review Bristol's education safeguarding service. The peer team of three spent
27th–29th November 2019 with the service, visited six schools and a pupil referral unit, and met the service's
partners in the police, health and early help.

1.2 You asked us to answer these questions:
""")
    letter.enquiries([
        "How well does the service help schools to keep children safe?",
        "Are children missing education and children educated at home known and safe?",
        "Is the management of allegations against staff timely and robust?",
    ], style="number", numbered=True)
    letter.para("1.3 The service has five functions, which we have used to structure our findings:")
    letter.themes(THEMES)
    letter.heading("2. Summary", 1)
    letter.para("Strengths", bold=True)
    letter.summary(STRENGTH, [
        "A small, knowledgeable team that schools trust and call first.",
        "An annual safeguarding audit completed by 97% of Bristol's schools.",
        "A well-run LADO service with clear records.",
    ], style="List Bullet")
    letter.para("Areas for further development", bold=True)
    letter.summary(AREA, [
        "The service knows less about academies than about maintained schools.",
        "Children missing education are not always followed up quickly enough.",
        "Visits to home-educated children depend on parents agreeing to them.",
    ], style="List Bullet")
    letter.heading("3. Findings", 1)
    for theme, strengths, areas in [
        (THEMES[0],
         ["Termly designated safeguarding lead briefings are well attended."],
         ["Two multi-academy trusts do not return the annual audit."]),
        (THEMES[1],
         ["New designated safeguarding leads receive a mentor from an experienced school."],
         ["Refresher training is not tracked, so the service does not know who is overdue."]),
        (THEMES[2],
         ["The children missing education officer has good links with admissions."],
         ["On average it takes 23 school days before a child missing education is referred to the service.",
          "The service does not routinely check whether children missing education are known to social care."]),
        (THEMES[3],
         ["The number of children known to be home educated is reported to the Schools Forum each term."],
         ["Only 41% of home-educated children were seen last year.",
          "There is no protocol with social care for home-educated children on child protection plans."]),
        (THEMES[4],
         ["Allegations are recorded clearly and 88% are resolved within one month."],
         ["Employers do not always send the LADO the outcome of their own investigation."]),
    ]:
        letter.heading(theme, 2)
        letter.para("Strengths", bold=True)
        letter.findings(theme, STRENGTH, strengths)
        letter.para("Areas for further development", bold=True)
        letter.findings(theme, AREA, areas)
    letter.heading("4. Recommendations", 1)
    letter.recommendations([
        Item("Agree with each multi-academy trust how it will return the annual audit.", label="ES1"),
        Item("Keep a register of designated safeguarding lead training and remind those who are overdue.",
             label="ES2"),
        Item("Refer children missing education within ten school days and check each one with social care.",
             label="ES3"),
        Item("Agree a protocol with social care for home-educated children on child protection plans.", label="ES4"),
        Item("Ask employers for the outcome of every investigation and record it with the allegation.", label="ES5"),
    ], group="Recommendations", style="plain", numbered=False)
    letter.para("We would like to thank you and the team for their warm welcome and their openness.")
    letter.para("Yours sincerely")
    letter.lines("Philippa Ramsbottom", "Peer Review Lead")
    return [letter]
