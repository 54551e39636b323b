"""An independent scrutineer's report on a safeguarding children partnership (invented): a cover block, the scrutiny
questions as a numbered list, themes as a list, per-theme prose with bold "Strengths" / "Areas for development"
paragraphs over typed-glyph bullets, and recommendations in a table number | recommendation | lead agency |
timescale. Fieldwork "between February and April 2021" (months only); the report date in words."""
from letters._kit import recommendations_table
from model import AREA, Letter, STRENGTH

ORG = "Herefordshire Safeguarding Children Partnership"


def build():
    letter = Letter("herefordshire-2021-independent-scrutineer-report", "new",
                    ["independent-scrutineer-report", "scrutiny-questions-numbered", "themes-listed-as-bullets",
                     "bold-paragraph-subheadings", "glyph-bullets", "recommendations-table-agency-timescale",
                     "fieldwork-months-between", "report-date-in-words", "multi-column-recommendations"],
                    header="Herefordshire Safeguarding Children Partnership – Independent Scrutiny Report 2021",
                    footer="Page {PAGE}")
    letter.particulars(ORG, "Independent scrutiny of multi-agency safeguarding arrangements",
                       "Independent Scrutiny of the Herefordshire Safeguarding Children Partnership",
                       "February and April 2021", "2021-06-28", "Dr Kamala Reddy", "Independent Scrutineer",
                       notes="Invented report. Fieldwork given by months only. Recommendations are the table's "
                             "number and recommendation; the lead agency and timescale columns are not part of "
                             "the text.")
    letter.heading("Independent Scrutiny of the Herefordshire Safeguarding Children Partnership", 0)
    letter.lines("Report of the Independent Scrutineer", "Dr Kamala Reddy", "28 June 2021")
    letter.heading("1. Introduction", 1)
    letter.paras("""
Working Together to Safeguard Children 2018 requires the three safeguarding partners – Herefordshire Council,
West Mercia Police and NHS Herefordshire and Worcestershire Clinical Commissioning Group – to arrange independent
scrutiny of their multi-agency safeguarding arrangements. This is the second annual scrutiny report.

The scrutiny took place between February and April 2021. Because of the pandemic all meetings were held online. I
observed the Executive Group, the Quality Assurance subgroup and two practitioner forums, read the partnership's
plans, audits and minutes, and interviewed 22 leaders and practitioners.
""")
    letter.heading("2. Scope", 1)
    letter.para("The safeguarding partners asked me to answer four questions:")
    letter.enquiries([
        "Are the safeguarding partners providing strong and visible leadership?",
        "Does the partnership know how well children are safeguarded in Herefordshire?",
        "Is learning from reviews changing practice?",
        "Are the voices of children and families heard in the partnership's work?",
    ], style="number", numbered=True)
    letter.para("My findings are grouped under four themes:")
    letter.themes([
        "Leadership and governance",
        "Quality assurance and performance",
        "Learning from practice",
        "Voice of children and families",
    ])
    for n, theme, prose, strengths, areas in [
        (3, "Leadership and governance",
         "The Executive Group meets monthly and is attended by senior leaders from each partner. Decisions are "
         "recorded and followed up.",
         ["The three partners have agreed an equal funding formula for the partnership.",
          "Schools are now represented on the Executive Group by two head teachers."],
         ["The business plan for 2020–22 has 38 actions, and the Executive Group cannot oversee them all.",
          "The partnership has not yet agreed how it will hold relevant agencies to account."]),
        (4, "Quality assurance and performance",
         "A multi-agency dataset was introduced in 2020 and is reported to every Executive Group meeting.",
         ["The dataset brings together information from all three partners for the first time."],
         ["The dataset reports activity but says little about the quality of practice.",
          "Only two of the six planned multi-agency audits were completed in 2020."]),
        (5, "Learning from practice",
         "The partnership published two local child safeguarding practice reviews in 2020.",
         ["Practitioners who took part in the reviews said they felt supported and listened to.",
          "Seven-minute briefings on each review are widely read."],
         ["Actions from reviews are not tested to see whether practice has changed."]),
        (6, "Voice of children and families",
         "The partnership has started to work with the Youth Council and a parents' panel.",
         ["Young people from the Youth Council presented their survey of online safety to the Executive Group."],
         ["Children's and families' views are not yet gathered systematically or used in audits.",
          "There is no feedback to children on what has changed as a result of what they said."]),
    ]:
        letter.heading(f"{n}. {theme}", 1)
        letter.para(prose)
        letter.para("Strengths", bold=True)
        letter.findings(theme, STRENGTH, strengths, style="glyph")
        letter.para("Areas for development", bold=True)
        letter.findings(theme, AREA, areas, style="glyph")
    letter.heading("7. Recommendations", 1)
    letter.para("The recommendations below are addressed to the safeguarding partners, with a lead agency for each.")
    recommendations_table(letter, ("No.", "Recommendation", "Lead agency", "Timescale"), [
        ("1", "Reduce the business plan to no more than three priorities, each with measures of impact.",
         "All partners", "September 2021"),
        ("2", "Agree and publish how relevant agencies will be held to account.", "Herefordshire Council",
         "December 2021"),
        ("3", "Add measures of the quality of practice to the multi-agency dataset.", "NHS Herefordshire and "
         "Worcestershire CCG", "October 2021"),
        ("4", "Complete the multi-agency audit programme and report findings to the Executive Group.",
         "West Mercia Police", "March 2022"),
        ("5", "Test the impact of review actions through audit six months after each review.", "All partners",
         "Ongoing"),
        ("6", "Gather children's and families' views in every audit and tell them what has changed.",
         "Herefordshire Council", "March 2022"),
    ], group="Recommendations", widths=[800, 4800, 2400, 1600])
    letter.para("I would like to thank the partnership's business unit for their support during the scrutiny.")
    letter.lines("Dr Kamala Reddy", "Independent Scrutineer")
    return [letter]
