"""A regional peer review letter (invented) whose themes are the three Ofsted ILACS judgements: the themes listed,
specific questions as a numbered list, a heading per judgement with the team's indicative grade, findings as a) b)
lists under "Strengths" / "Areas for development" paragraphs, priorities typed "P1" .. "P4"; ordinal dates
("3rd, 4th and 5th July 2019", "26th July 2019")."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Leicester City Council"

JUDGEMENTS = [
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care and care leavers",
]


def build():
    letter = Letter("leicester-2019-peer-review-ilacs-judgements", "new",
                    ["regional-peer-review", "ilacs-judgements-as-themes", "themes-listed-as-bullets",
                     "numbered-questions", "indicative-grades", "lettered-findings", "typed-P-priorities",
                     "fieldwork-ordinals-three-days", "letter-date-ordinal", "numpr-bullets"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Sector-led peer review of children's social care (East Midlands ADCS)",
                       "East Midlands Peer Review: Leicester Children's Social Care", "3rd, 4th and 5th July 2019",
                       "2019-07-26", "Dr Ravi Chandra", "Peer review lead, East Midlands ADCS",
                       notes="Invented letter. The themes are the three ILACS judgement areas; the indicative grades "
                             "are not findings. Priorities P1 to P4 are the recommendations.")
    letter.para("26th July 2019", align="right")
    letter.lines("Ms Joanna Pritchett", "Strategic Director, Social Care and Education", ORG, "City Hall",
                 "115 Charles Street", "Leicester", "LE1 1FZ")
    letter.para("Dear Ms Pritchett")
    letter.para("East Midlands Peer Review: Leicester Children's Social Care", bold=True)
    letter.paras("""
Thank you for hosting the East Midlands peer review of children's social care, held on 3rd, 4th and 5th July
2019. As agreed, the review was modelled on the Ofsted framework for the inspection of local authority children's
services (ILACS), so that it could help you prepare for your next inspection. The review team looked at the three
judgement areas of that framework:
""")
    letter.themes(JUDGEMENTS, style="bullet")
    letter.para("You also asked us to consider the following questions:")
    letter.enquiries([
        "Is the quality of practice consistent across the locality teams?",
        "How well do leaders use performance information and audit to improve practice?",
        "Are care leavers well prepared for independence?",
    ], style="number", numbered=True)
    letter.para("The team audited 20 children's records alongside their social workers, and met staff, managers, "
                "partners, young people and the Lead Member. Our findings for each judgement area follow; the "
                "grades are the team's view only and are not a prediction of an inspection outcome.")
    for judgement, grade, strengths, areas in [
        (JUDGEMENTS[0], "Good",
         ["Leaders know their service well and their self-assessment is accurate.",
          "The Lead Member and Chief Executive provide strong support and challenge.",
          "Investment in the workforce has reduced the use of agency social workers to 8%."],
         ["Audit findings are not always followed up to check that practice has improved."]),
        (JUDGEMENTS[1], "Requires improvement to be good",
         ["Decisions at the front door are timely and thresholds are well understood.",
          "Child protection enquiries are thorough and involve partners."],
         ["The quality of assessments varies between the locality teams.",
          "Plans for children in need are not always reviewed on time, and some children drift.",
          "Management oversight is not always evident on the file."]),
        (JUDGEMENTS[2], "Good",
         ["Children in care live in stable homes and most are making good progress at school.",
          "Personal advisers are persistent and care leavers value them."],
         ["Pathway plans do not always reflect young people's own aims.",
          "There are too few suitable homes for care leavers aged 18 to 21."]),
    ]:
        letter.heading(judgement, 2)
        letter.para(f"Peer team's indicative judgement: {grade}", bold=True)
        letter.para("Strengths")
        letter.findings(judgement, STRENGTH, strengths, style="letter")
        letter.para("Areas for development")
        letter.findings(judgement, AREA, areas, style="letter")
    letter.heading("Priorities", 2)
    letter.para("The team suggests the following priorities for the next twelve months:")
    letter.recommendations([
        Item("Bring the quality of assessment in all locality teams up to that of the best.", label="P1"),
        Item("Review every child in need plan that is more than six months old.", label="P2"),
        Item("Strengthen the follow-up of audits so that leaders can see the impact on practice.", label="P3"),
        Item("Increase the range of homes for care leavers, working with housing providers.", label="P4"),
    ], group="Priorities", style="plain", numbered=False)
    letter.paras("""
Thank you to you and your staff for your openness and hospitality. I would be happy to discuss this letter with you
and your leadership team.
""")
    letter.para("Yours sincerely")
    letter.lines("Dr Ravi Chandra", "Peer review lead", "East Midlands ADCS Sector-Led Improvement Programme")
    return [letter]
