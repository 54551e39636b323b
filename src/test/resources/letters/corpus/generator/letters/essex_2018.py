"""A two-page LGA peer review letter (invented) with a running header and a "Page n of m" footer: headings typed in
capitals (Heading styles), the themes listed in ordinary case and then used as capitalised headings (a finding's
theme is the heading as written), per-theme bold "Positive practice" / "Development areas" over Word bullets,
summary as two lead-in lists, List Number recommendations. Fieldwork "w/b 5 March 2018"."""
from model import AREA, Letter, STRENGTH

ORG = "Essex County Council"


def build():
    letter = Letter("essex-2018-peer-review-letter", "new",
                    ["lga-peer-review", "running-header", "page-n-of-m-footer", "headings-in-capitals",
                     "themes-listed-as-bullets", "theme-headings-differ-in-case", "heading-positive-practice",
                     "heading-development-areas", "lead-in-summary-lists", "list-number-style",
                     "fieldwork-week-beginning", "numpr-bullets"],
                    header="Essex County Council – Children's Safeguarding Peer Review – March 2018",
                    footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "5 March 2018", "2018-03-29", "Deborah Lyle",
                       "Lead Peer, Local Government Association",
                       notes="Invented letter. Fieldwork written 'w/b 5 March 2018' (week beginning): '5 March 2018'. "
                             "The themes are listed in ordinary case and used as headings in capitals: "
                             "framework_themes as listed, a finding's theme as its heading is written.")
    letter.para("29 March 2018")
    letter.lines("Rowena Tillbrook", "Director for Children and Families", ORG, "County Hall", "Market Road",
                 "Chelmsford", "CM1 1QH")
    letter.para("Dear Rowena")
    letter.heading("CHILDREN'S SAFEGUARDING PEER REVIEW", 1)
    letter.paras("""
Thank you for inviting the Local Government Association to carry out a children's safeguarding peer review in
Essex. The peer team was on site w/b 5 March 2018 and spent four days meeting staff, partners, councillors, foster
carers and young people, and reading case files in the four quadrants.

You asked the team to focus on three themes:
""")
    themes = ["Leadership and governance", "Children in care and care leavers", "Quality assurance and learning"]
    letter.themes(themes)
    letter.heading("HEADLINE MESSAGES", 1)
    letter.para("Essex is a confident authority that knows itself well. In particular, the team found:")
    letter.summary(STRENGTH, [
        "A clear and consistent model of practice that staff understand and value.",
        "Stable senior leadership with a strong partnership culture.",
        "Care leavers who feel well supported by their personal advisers.",
    ])
    letter.para("The team also identified some areas where you could go further:")
    letter.summary(AREA, [
        "Placement stability for children in care aged 10 to 15.",
        "The consistency of practice between the four quadrants.",
        "Using the voice of children to shape services, not only individual plans.",
    ])
    for theme, positive, development in [
        ("LEADERSHIP AND GOVERNANCE",
         ["The Cabinet Member and Chief Executive are ambitious for children and hold the service to account.",
          "The Essex Safeguarding Children Board has a clear focus on three priorities."],
         ["Members of the Corporate Parenting Panel would like more direct contact with children in care."]),
        ("CHILDREN IN CARE AND CARE LEAVERS",
         ["Children's plans are up to date and most are written to the child.",
          "The care leavers' local offer is generous and well publicised."],
         ["One in six children aged 10 to 15 had three or more placements in the last year.",
          "Life story work is not started early enough for children with a plan of long-term fostering."]),
        ("QUALITY ASSURANCE AND LEARNING",
         ["The practice quality framework combines audit with observation of practice."],
         ["The findings of audit differ between quadrants, and moderation is not yet routine.",
          "Learning from complaints is not reported alongside learning from audit."]),
    ]:
        letter.heading(theme, 2)
        letter.para("Positive practice", bold=True)
        letter.findings(theme, STRENGTH, positive)
        letter.para("Development areas", bold=True)
        letter.findings(theme, AREA, development)
    letter.heading("RECOMMENDATIONS", 1)
    letter.recommendations([
        "Develop a placement stability plan for children aged 10 to 15, with the fostering service and partners.",
        "Introduce routine moderation of audits across the four quadrants.",
        "Start life story work as soon as a plan for long-term fostering is agreed.",
        "Give the Corporate Parenting Panel regular opportunities to meet children in care.",
        "Bring together learning from audit, complaints and reviews in one quarterly report.",
    ], group="RECOMMENDATIONS", style="List Number", refs="auto")
    letter.para("Thank you to everyone who gave their time to the review. We look forward to hearing about your "
                "progress.")
    letter.para("Yours sincerely")
    letter.lines("Deborah Lyle", "Lead Peer", "Local Government Association")
    return [letter]
