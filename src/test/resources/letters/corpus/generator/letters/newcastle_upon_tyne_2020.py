"""A joint targeted area inspection (JTAI) letter (invented) from four inspectorates to several agencies: an
addressee list, fieldwork "between 9 and 13 March 2020", "Key strengths" and an overall "Areas for improvement"
list (what the agencies plan against, so the recommendations), a case study in a box, then "Strengths" / "Areas for
improvement" under a heading per agency, and four signatories in a table. The lead inspector is named in the
text."""
from letters._kit import para
from model import AREA, Block, Letter, STRENGTH

ORG = "Newcastle City Council"
TITLE = ("Joint targeted area inspection of the multi-agency response to children's mental health in Newcastle "
         "upon Tyne")


def build():
    letter = Letter("newcastle-upon-tyne-2020-joint-targeted-area-inspection", "new",
                    ["jtai-letter", "several-addressees", "fieldwork-between", "key-strengths",
                     "areas-for-improvement-as-recommendations", "case-study-box", "findings-per-agency",
                     "signatories-table", "lead-named-in-text", "no-themes", "numpr-bullets"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Joint targeted area inspection (Ofsted, CQC, HMICFRS, HMI Probation)", TITLE,
                       "9 and 13 March 2020", "2020-04-21", "Tracey Lindqvist",
                       "Her Majesty's Inspector (lead inspector), Ofsted",
                       notes="Invented letter. The overall 'Areas for improvement' are what the agencies must plan "
                             "against (the written statement of action), so they are the recommendations; the "
                             "per-agency lists are findings with the agency as the theme. No themes are listed. "
                             "The lead inspector is named in the text; the letter is signed by four inspectorates.")
    letter.para("21 April 2020")
    letter.lines("Rachel Ormsby, Director of Children's Services, Newcastle City Council",
                 "Graham Telfer, Chief Executive, Newcastle City Council",
                 "Joanne Pryor, Chief Constable, Northumbria Police",
                 "Imran Siddiqui, Accountable Officer, NHS Newcastle Gateshead Clinical Commissioning Group",
                 "Peter Hallam, Police and Crime Commissioner for Northumbria",
                 "Margaret Kerr, Independent Chair, Newcastle Safeguarding Children Partnership")
    letter.heading(TITLE, 1)
    letter.paras("""
Between 9 and 13 March 2020, Ofsted, the Care Quality Commission (CQC), Her Majesty's Inspectorate of
Constabulary and Fire & Rescue Services (HMICFRS) and Her Majesty's Inspectorate of Probation (HMI Probation)
undertook a joint inspection of the multi-agency response to children's mental health in Newcastle upon Tyne. The
inspection was led by Tracey Lindqvist, Her Majesty's Inspector, Ofsted.

This letter to all the agencies sets out the findings of the inspection. It includes a 'deep dive' on the response
to children and young people aged 11 to 17 who self-harm. Inspectors looked at 31 children's cases in depth and
spoke with children, parents and more than 100 professionals.
""")
    letter.heading("Key strengths", 2)
    letter.summary(STRENGTH, [
        "Leaders across the partnership share a clear commitment to improving children's emotional wellbeing.",
        "The mental health support teams in schools are helping children to get support early.",
        "The multi-agency safeguarding hub responds quickly when children are at immediate risk.",
        "Children who attend the emergency department after self-harm are seen promptly by the liaison team.",
    ])
    letter.heading("Areas for improvement", 2)
    letter.recommendations([
        "The waiting times for specialist child and adolescent mental health services, which are too long for some "
        "children.",
        "The way that agencies share information when a child's mental health deteriorates.",
        "The quality of safety plans for children who self-harm, so that they are shared with the child's school "
        "and family.",
        "The partnership's understanding of the impact of its services, including the use of children's views.",
    ], group="Areas for improvement", style="bullet", numbered=False)
    letter.blocks.append(Block("table", rows=[[[
        para("Case study: highly effective practice", bold=True),
        para("A 14-year-old girl who had self-harmed was supported by a school nurse, her social worker and the "
             "crisis team working together. Her safety plan was written with her and shared with her family and "
             "school, and she now attends school full time."),
    ]]], header=False, widths=[9600]))
    for agency, strengths, areas in [
        ("Children's social care",
         ["Social workers know their children well and visit them often.",
          "Strategy discussions are held promptly when a child is at risk of serious harm."],
         ["Assessments do not always consider the impact of a parent's mental health on the child.",
          "Plans for children who self-harm are not always updated when their circumstances change."]),
        ("Health services",
         ["School nurses provide a responsive drop-in service in all secondary schools.",
          "The paediatric liaison team shares information with schools after every attendance."],
         ["Children wait on average 19 weeks for a first specialist appointment.",
          "GPs are not routinely invited to child protection conferences."]),
        ("Northumbria Police",
         ["Officers recognise vulnerability well when they respond to children in crisis."],
         ["Children are still taken to police custody as a place of safety too often.",
          "Referrals from the police to children's social care do not always record the child's voice."]),
        ("Youth offending service",
         ["Case managers use health assessments well to plan interventions."],
         ["Access to a speech and language therapist has been lost since 2019."]),
    ]:
        letter.heading(agency, 2)
        letter.heading("Strengths", 3)
        letter.findings(agency, STRENGTH, strengths)
        letter.heading("Areas for improvement", 3)
        letter.findings(agency, AREA, areas)
    letter.heading("Next steps", 2)
    letter.para("The local authority should prepare a written statement of proposed action responding to the "
                "findings outlined in this letter. This should be a multi-agency response involving the Clinical "
                "Commissioning Group, the police and the youth offending service. The response should be sent to "
                "Ofsted by 4 August 2020.")
    letter.para("Yours sincerely")
    letter.table([["Ofsted", "Care Quality Commission"],
                  ["Simon Ashdown, National Director, Social Care", "Fiona Rennie, Deputy Chief Inspector"],
                  ["HMI Constabulary and Fire & Rescue Services", "HMI Probation"],
                  ["Carl Mottram, Her Majesty's Inspector of Constabulary", "Bridget Owusu, Assistant Chief Inspector"]],
                 header=False, widths=[4800, 4800])
    return [letter]
