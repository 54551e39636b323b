"""A peer review of a borough's response to child exploitation (invented): the themes named in a running sentence
(so the theme headings are the themes), per theme "What's working" / "What's not working as well" as bold run-in
paragraphs over en-dash bullets typed into the text, summary "In a nutshell" table with two columns, and the
recommendations in a table Recommendation | Suggested lead without numbers. Fieldwork "15th to 18th March 2021",
letter "9th April 2021", "With best wishes", the peer team in a closing table."""
from letters._kit import para, table_cell_list
from model import AREA, Block, Letter, STRENGTH, plain

ORG = "London Borough of Lewisham"


def build():
    letter = Letter("lewisham-2021-exploitation-peer-review", "new",
                    ["exploitation-peer-review", "organisation-london-borough", "themes-named-in-sentence",
                     "summary-two-column-table", "run-in-bold-labels", "typed-en-dash-bullets",
                     "recommendations-table-with-lead-no-numbers", "peer-team-table", "fieldwork-to-ordinals",
                     "date-ordinal", "with-best-wishes"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Peer review of the response to child exploitation",
                       "Peer review: Lewisham's response to the exploitation of children and young people",
                       "15th to 18th March 2021", "2021-04-09", "Beatrix Odukoya-Lane",
                       "Lead reviewer, Director of Children's Services, another London borough",
                       notes="Invented letter. Themes are named only in a sentence, so they are the section "
                             "headings. 'In a nutshell' is the summary: its left column the strengths, its right "
                             "the areas. The recommendations table has no numbers (refs null); the 'Suggested "
                             "lead' column is not part of the text.")
    letter.para("9th April 2021")
    letter.lines("Pinder Kaur-Mabey", "Executive Director for Children and Young People", ORG, "Laurence House",
                 "1 Catford Road", "London SE6 4RU")
    letter.para("Dear Pinder,")
    letter.para("**Peer review: Lewisham's response to the exploitation of children and young people**")
    letter.paras("""
Thank you for inviting us to Lewisham. The review took place from 15th to 18th March 2021, partly on site at
Laurence House and partly online. We read 18 children's records, met 11 young people and spoke to more than 90
practitioners and leaders from the council, the Metropolitan Police, health, schools, the youth offending service
and the voluntary sector.

We looked at identification of risk, the multi-agency response, disruption and prevention, and the move to
adulthood. This letter sets out what we told you at the end of the week.
""")
    letter.para("**In a nutshell**")
    strengths = [
        "Leaders talk about exploitation as a safeguarding issue, not a behaviour problem.",
        "The contextual safeguarding approach is understood and used by schools and youth workers.",
        "Young people trust their youth workers and detached team.",
    ]
    areas = [
        "Transitions to adult services at 18 leave some young people without support.",
        "Information from the police about locations and peer groups reaches social workers late.",
        "The partnership does not know whether its disruption activity is working.",
    ]
    letter.blocks.append(Block("table", rows=[
        [[para("What's working", bold=True)], [para("What's not working as well", bold=True)]],
        [table_cell_list(strengths), table_cell_list(areas)]], header=True, widths=[4800, 4800]))
    letter.answer["summary_strengths"] += strengths
    letter.answer["summary_areas_for_consideration"] += areas
    for theme, working, not_working in [
        ("Identification of risk",
         ["The exploitation screening tool is used in the MASH and in all secondary schools.",
          "Health practitioners in the emergency department routinely ask about exploitation."],
         ["Younger children, aged 10 to 12, are rarely identified until they are already being exploited.",
          "Girls at risk of criminal exploitation are less likely to be identified than boys."]),
        ("The multi-agency response",
         ["The weekly exploitation panel is well attended and decisions are recorded clearly."],
         ["Strategy meetings for the same young person are sometimes held by two teams in the same week.",
          "Police intelligence on locations is shared at panel but not recorded on children's records."]),
        ("Disruption and prevention",
         ["Work with local businesses and transport police has closed two known hotspots."],
         ["Outcomes of disruption activity are not tracked.",
          "Preventative youth work depends on short-term grants."]),
        ("The move to adulthood",
         ["The 16+ team keeps in touch with young people after their cases close."],
         ["Adult social care and adult mental health services do not attend the exploitation panel.",
          "There is no agreed pathway for young people who are still at risk at 18."]),
    ]:
        letter.answer["framework_themes"].append(theme)
        letter.heading(theme, 2)
        letter.para("**What's working:**")
        for text in working:
            letter.para("\u2013 " + text)
            letter.finding(theme, STRENGTH, text)
        letter.para("**What's not working as well:**")
        for text in not_working:
            letter.para("\u2013 " + text)
            letter.finding(theme, AREA, text)
    letter.heading("Recommendations", 2)
    rows = [[[para("Recommendation", bold=True)], [para("Suggested lead", bold=True)]]]
    for text, lead in [
        ("Extend the exploitation screening tool to primary schools, starting with Years 5 and 6.",
         "Education safeguarding"),
        ("Hold one strategy meeting per young person, led by the allocated social worker.", "Children's social care"),
        ("Record police intelligence from the panel on each child's record within one working day.",
         "Metropolitan Police"),
        ("Agree measures of whether disruption activity reduces harm and report them to the partnership.",
         "Safer Lewisham Partnership"),
        ("Agree a transitions pathway with adult services for young people at risk at 18.", "Adult social care"),
    ]:
        rows.append([[para(text)], [para(lead)]])
        letter.answer["priorities_or_recommendations"].append({"ref": None, "text": plain(text),
                                                               "group": "Recommendations"})
    letter.blocks.append(Block("table", rows=rows, header=True, widths=[6600, 3000]))
    letter.para("Thank you again for the openness of everyone we met. We look forward to hearing how you get on.")
    letter.para("With best wishes,")
    letter.lines("Beatrix Odukoya-Lane", "Lead reviewer, on behalf of the peer team")
    letter.para("**The peer team**")
    letter.table([["Name", "Role"],
                  ["Beatrix Odukoya-Lane", "Director of Children's Services, a London borough (lead reviewer)"],
                  ["Detective Superintendent Craig Fennimore", "Public protection, a neighbouring force"],
                  ["Alicia Penhaligon", "Head of Youth Justice, a London borough"],
                  ["Tomasz Wrenfield", "Review manager"]], widths=[3800, 5800])
    return [letter]
