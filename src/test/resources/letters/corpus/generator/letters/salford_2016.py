"""A youth justice service safeguarding peer review letter (invented): headings typed in bold capitals without
styles, the review's themes as a typed "-" list, "KEY STRENGTHS" / "KEY AREAS FOR DEVELOPMENT" summary lists,
detailed findings as prose paragraphs after bold sentence-case theme paragraphs (each paragraph one finding),
introduced by "Strengths:" / "Development:" labels typed at the start of the paragraph, and recommendations typed
"1." .. "5." in plain paragraphs. Fieldwork "Tuesday 8th – Thursday 10th March 2016" (weekdays and ordinals);
letter dated "31st March 2016"; signed by the Lead Peer and the LGA adviser."""
from model import AREA, Letter, STRENGTH

ORG = "Salford City Council"

THEMES = ["Assessment and planning for safety and wellbeing", "Management of risk of harm to others",
          "Partnership working", "Leadership and management oversight"]


def build():
    letter = Letter("salford-2016-youth-justice-safeguarding-peer-review", "new",
                    ["youth-justice-peer-review", "no-heading-styles", "bold-capitals-headings",
                     "themes-typed-dash-list", "key-strengths-key-areas", "prose-findings-with-typed-labels",
                     "recommendations-typed-numbers", "fieldwork-weekdays-ordinals", "date-ordinal",
                     "two-signatories"], header=None, footer="{PAGE}")
    letter.particulars(ORG, "Youth justice peer review (safeguarding), Local Government Association and Youth "
                            "Justice Board", "Salford Youth Justice Service: Safeguarding Peer Review",
                       "Tuesday 8th – Thursday 10th March 2016", "2016-03-31", "Desmond Achterberg",
                       "Lead Peer, Head of Youth Offending Service, a Greater Manchester council",
                       notes="Invented letter. Headings are bold capitals paragraphs; themes are the typed '-' list "
                             "(headed again in sentence case). Each detailed finding is a prose paragraph opened by "
                             "a typed 'Strengths:' or 'Development:' label, which is not part of its text. "
                             "Fieldwork with weekdays: as written from the first day. Signed by the Lead Peer and "
                             "the LGA adviser; the lead is the Lead Peer.")
    letter.para("31st March 2016")
    letter.lines("Ms Farida Castellan", "Strategic Director, Children's Services", ORG, "Civic Centre",
                 "Chorley Road", "Swinton", "M27 5AW")
    letter.para("Dear Farida")
    letter.para("SALFORD YOUTH JUSTICE SERVICE: SAFEGUARDING PEER REVIEW", bold=True)
    letter.paras("""
Thank you for inviting the peer team to review the safeguarding practice of Salford Youth Justice Service. The
review took place from Tuesday 8th – Thursday 10th March 2016 and was commissioned jointly by the Local Government
Association and the Youth Justice Board. The team read 16 case files, observed two risk management panels and met
young people, case managers, magistrates and partners.
""")
    letter.para("SCOPE", bold=True)
    letter.para("The review looked at four areas:")
    letter.themes(THEMES, style="dash")
    letter.para("KEY STRENGTHS", bold=True)
    letter.summary(STRENGTH, [
        "Case managers build strong, trusting relationships with young people.",
        "The service's health worker and speech and language therapist make a real difference to assessments.",
        "The risk management panel is well chaired and its decisions are clear.",
    ], style="dash")
    letter.para("KEY AREAS FOR DEVELOPMENT", bold=True)
    letter.summary(AREA, [
        "Plans for young people's safety and wellbeing are not always reviewed when circumstances change.",
        "Children's social care and the youth justice service keep separate plans for the same young person.",
        "The management board does not receive information about the quality of practice.",
    ], style="dash")
    letter.para("DETAILED FINDINGS", bold=True)
    for theme, strengths, areas in [
        (THEMES[0],
         ["Assessments draw on information from health, education and social care and are completed on time."],
         ["Safety and wellbeing plans were reviewed in only 5 of the 11 cases where something significant had "
          "changed, such as a young person going missing."]),
        (THEMES[1],
         ["The risk management panel considers every young person assessed as high risk, and actions are followed "
          "up."],
         ["Victims' views are not always recorded in assessments of risk to others."]),
        (THEMES[2],
         ["The police officers seconded to the service share information quickly and are valued by case managers."],
         ["Young people known to both services have two plans that do not refer to each other.",
          "Schools are rarely invited to youth justice planning meetings."]),
        (THEMES[3],
         ["Managers countersign all assessments and their comments are helpful."],
         ["The management board sees performance figures but no audit findings."]),
    ]:
        letter.para(theme, bold=True)
        for text in strengths:
            letter.para("Strengths: " + text)
            letter.finding(theme, STRENGTH, text)
        for text in areas:
            letter.para("Development: " + text)
            letter.finding(theme, AREA, text)
    letter.para("RECOMMENDATIONS", bold=True)
    for ref, text in [
        ("1", "Review every safety and wellbeing plan within five working days of a significant change."),
        ("2", "Record victims' views in every assessment of risk to others."),
        ("3", "Agree with children's social care one shared plan for each young person known to both services."),
        ("4", "Invite the young person's school to every youth justice planning meeting."),
        ("5", "Present the findings of a quarterly case audit to the management board."),
    ]:
        letter.para(f"{ref}. {text}")
        letter.answer["priorities_or_recommendations"].append({"ref": ref, "text": text, "group": "RECOMMENDATIONS"})
    letter.para("Thank you again to everyone who contributed to the review.")
    letter.para("Yours sincerely")
    letter.table([["Desmond Achterberg", "Lorraine Fitzwilliam-Obi"],
                  ["Lead Peer", "Adviser, Local Government Association"]], header=False, widths=[4800, 4800])
    return [letter]
