"""An LGA peer review letter (invented) signed by two people (the lead peer, then the LGA's programme manager):
fieldwork "during w/c 14 October 2019", a "Key findings at a glance" table whose rows are "Strengths" and "Areas for
consideration", findings per theme as Word-numbered lists, and recommendations as bullets opening with a bold
phrase."""
from letters._kit import para, table_cell_list
from model import AREA, Block, Letter, STRENGTH, flatten, items, plain

ORG = "Royal Borough of Kensington and Chelsea"


def build():
    letter = Letter("kensington-and-chelsea-2019-peer-review", "new",
                    ["lga-peer-review", "organisation-lower-case-words", "fieldwork-week-commencing",
                     "summary-row-table", "numbered-findings", "bold-phrase-recommendations",
                     "two-signatories", "themes-listed-as-bullets", "numpr-bullets"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "14 October 2019", "2019-11-08", "Carol Hendry",
                       "Lead peer, Local Government Association",
                       notes="Invented letter. Fieldwork written 'w/c 14 October 2019': the span from the first "
                             "day to the year is '14 October 2019'. Signed by the lead peer and the LGA programme "
                             "manager; the lead peer is the review lead.")
    letter.para("8 November 2019")
    letter.lines("Ian Wallace", "Executive Director of Children's Services", ORG, "The Town Hall",
                 "Hornton Street", "London", "W8 7NX")
    letter.para("Dear Ian")
    letter.para("Children's Safeguarding Peer Review", bold=True)
    letter.paras("""
Thank you for inviting us to carry out a children's safeguarding peer review in Kensington and Chelsea. The peer
team was on site during w/c 14 October 2019. We would like to thank everyone we met for their openness, and the
children and young people who gave up their time to talk to us.

The review looked at four themes:
""")
    themes = ["Leadership and governance", "The front door and early help", "Children in care",
              "Workforce and capacity"]
    letter.themes(themes)
    strengths = ["A highly stable and experienced workforce", "Low caseloads that allow social workers to do "
                 "direct work", "Strong and well-informed political leadership"]
    areas = ["Early help is spread across too many services", "Placement sufficiency for teenagers",
             "Partners' use of the threshold guidance"]
    letter.blocks.append(Block("table", rows=[
        [[para("Key findings at a glance", bold=True)]],
        [[para("Strengths", bold=True)], table_cell_list(strengths)],
        [[para("Areas for consideration", bold=True)], table_cell_list(areas)],
    ], header=False, widths=[2600, 7000]))
    letter.answer["summary_strengths"] += [plain(i.text) for i in flatten(items(strengths))]
    letter.answer["summary_areas_for_consideration"] += [plain(i.text) for i in flatten(items(areas))]
    for theme, good, consider in [
        (themes[0],
         ["The Lead Member and Chief Executive know the service well and champion children's interests.",
          "The Bi-borough arrangements with Westminster have been reshaped without disruption to children."],
         ["Scrutiny would benefit from more information on the quality of practice."]),
        (themes[1],
         ["The single front door makes quick and well-reasoned decisions.",
          "Health visitors and school nurses are well linked to early help."],
         ["Families find it hard to know which early help service to approach.",
          "Some schools apply a higher threshold than the guidance sets."]),
        (themes[2],
         ["Children in care have strong relationships with their social workers.",
          "The virtual school is ambitious and children's attainment is improving."],
         ["Too many teenagers are placed more than 20 miles from the borough."]),
        (themes[3],
         ["Caseloads average 12 children per social worker.",
          "The academy for newly qualified social workers is highly regarded."],
         ["Some managers carry too wide a span of responsibility."]),
    ]:
        letter.heading(theme, 2)
        letter.para("Strengths", bold=True)
        letter.findings(theme, STRENGTH, good, style="number")
        letter.para("Areas for consideration", bold=True)
        letter.findings(theme, AREA, consider, style="number")
    letter.heading("Our recommendations", 2)
    recommendations = [
        "**Early help** – bring the early help services together behind a single point of contact for families.",
        "**Thresholds** – work with head teachers to agree how the threshold guidance is applied in schools.",
        "**Placements** – develop a sufficiency plan for teenagers, with neighbouring boroughs.",
        "**Management capacity** – review spans of control for team managers.",
    ]
    letter.recommendations(recommendations, group="Our recommendations", style="bullet", numbered=False)
    letter.para("We look forward to hearing how you take these findings forward.")
    letter.para("Yours sincerely")
    letter.lines("Carol Hendry", "Lead peer", "", "Tom Bradley", "Programme Manager, Local Government Association")
    return [letter]
