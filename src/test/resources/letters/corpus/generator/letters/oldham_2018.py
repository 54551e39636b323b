"""An LGA children's safeguarding peer challenge letter (invented): the key lines of enquiry (KLOEs) as a Word
numbered list, then a section per KLOE headed "KLOE 1: <question>" with the team's answer as prose; "Key strengths"
and "Areas to consider" as typed "-" bullets; recommendations Word-numbered with lettered sub-points. Date
"06/03/2018"; fieldwork "from 6th February to 9th February 2018"."""
from model import AREA, Item, Letter, STRENGTH

ORG = "Oldham Council"

KLOES = [
    ("How effective is the early help offer in preventing the need for statutory intervention?",
     ["Partly. The early help offer is well regarded by schools and health visitors, and the number of early help "
      "assessments has risen by a third in a year. However, the team saw families stepped down from social care "
      "without a clear plan, and some were re-referred within months.",
      "Partners do not yet have shared information about which early help services make a lasting difference."]),
    ("Are thresholds understood and applied consistently by all partners?",
     ["Not yet. The MASH applies thresholds consistently, but referrals from some partners still ask for a "
      "social work assessment where early help would be more proportionate."]),
    ("How well does the council and its partners understand the quality of practice?",
     ["Leaders have a good grasp of performance data. Audit is well established, but audits look mainly at "
      "compliance, and the findings are not always fed back to the social workers concerned."]),
    ("Is the workforce strategy delivering a stable and skilled workforce?",
     ["Yes, increasingly. Agency use has fallen from 31% to 18% over the year, and the social work academy is "
      "valued by newly qualified staff. Retention of experienced social workers remains a challenge."]),
]


def build():
    letter = Letter("oldham-2018-peer-challenge-kloes", "new",
                    ["lga-peer-challenge", "kloes-numbered-list", "kloe-headings-with-answers", "dash-bullets",
                     "heading-areas-to-consider", "word-numbered-recommendations", "recommendations-with-sub-points",
                     "letter-date-slashes", "fieldwork-ordinal-from-to"],
                    header=None, footer="Page {PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer challenge (Local Government Association)",
                       "Children's Safeguarding Peer Challenge", "6th February to 9th February 2018", "2018-03-06",
                       "Rashida Quereshi", "Lead Peer, Local Government Association",
                       notes="Invented letter. The KLOEs are listed first and answered later under 'KLOE n:' "
                             "headings: each is one line of enquiry whose finding is the answer's prose. Letter date "
                             "written 06/03/2018 (day first).")
    letter.lines("Local Government Association", "18 Smith Square", "London", "SW1P 3HZ", align="right")
    letter.para("06/03/2018")
    letter.lines("Gerard Milne", "Director of Children's Services", ORG, "Civic Centre", "West Street", "Oldham",
                 "OL1 1UT")
    letter.para("Dear Gerard")
    letter.para("Oldham Children's Safeguarding Peer Challenge", bold=True)
    letter.paras("""
On behalf of the peer team, I would like to thank you for inviting us to Oldham. The team was on site from 6th
February to 9th February 2018. During that time we read 20 case files, met more than 120 staff, partners and
councillors, and spoke with young people from the Children in Care Council.

Before the challenge you asked us to look at four key lines of enquiry (KLOEs):
""")
    letter.bullets([q for q, _ in KLOES], style="number", numbered=True)
    letter.para("This letter sets out our headline messages, our answer to each KLOE and our recommendations.")
    letter.heading("Headline messages", 1)
    letter.para("Key strengths", bold=True)
    letter.summary(STRENGTH, [
        "A stable and ambitious senior leadership team with strong political support.",
        "Committed social workers who are proud to work in Oldham.",
        "A well-established MASH with good police and health involvement.",
        "A clear and well-understood workforce strategy.",
    ], style="dash")
    letter.para("Areas to consider", bold=True)
    letter.summary(AREA, [
        "Step-down from social care to early help is not always planned with the family.",
        "Partners' understanding of thresholds varies.",
        "Audit tells you whether things were done, but not how well.",
    ], style="dash")
    letter.heading("Our answers to your key lines of enquiry", 1)
    for n, (question, answer) in enumerate(KLOES, 1):
        letter.heading(f"KLOE {n}: {question}", 2)
        for text in answer:
            letter.para(text)
        letter.answer["lines_of_enquiry"].append({"question": question, "finding_summary": " ".join(answer)})
    letter.heading("Recommendations", 1)
    letter.para("The team recommends that you:")
    letter.recommendations([
        Item("Agree a step-down protocol between social care and early help, with a named worker for every family.",
             ["Test it through a multi-agency audit after six months."]),
        "Relaunch the threshold guidance with partners, starting with schools and GPs.",
        Item("Develop the audit programme so that it judges the quality of practice and its impact on children.",
             ["Feed audit findings back to the social worker and their manager.",
              "Report themes from audit to the Safeguarding Children Board each quarter."]),
        "Build on the workforce strategy with a retention offer for experienced social workers.",
    ], group="The team recommends that you:", style="number", refs="auto")
    letter.paras("""
We know that you will want to consider these findings with your partners. The LGA will be happy to support you,
and we would welcome the chance to return in a year to see the progress you have made.
""")
    letter.para("Yours sincerely")
    letter.lines("Rashida Quereshi", "Lead Peer", "Local Government Association")
    return [letter]
