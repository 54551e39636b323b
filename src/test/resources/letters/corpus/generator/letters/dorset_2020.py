"""An LGA children's safeguarding peer review letter (invented): themes named in a sentence, the council's key
lines of enquiry answered one by one, findings per theme under Strengths / Areas for consideration sub-headings,
numbered recommendations, an appendix on the peer team written by the programme manager."""
from model import AREA, Letter, STRENGTH

ORG = "Dorset Council"
THEMES = ["Leadership and governance", "Early help and the front door", "Quality of practice",
          "Partnership working"]


def build():
    letter = Letter("dorset-2020-peer-review-follow-up", "new",
                    ["lga-peer-review", "themes-in-a-sentence", "enquiries-as-headings-with-findings",
                     "per-theme-subheadings", "word-numbered-recommendations", "fieldwork-between",
                     "letter-date-with-weekday", "appendix-other-author", "peer-team-table"],
                    header="Dorset Council – Children's Safeguarding Peer Review 2020")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "2 and 6 March 2020", "2020-03-27", "Marion Telfer",
                       "Peer Review Lead, Local Government Association",
                       notes="Invented letter. The themes are named in a sentence only, so framework_themes are the "
                             "theme headings of the findings.")
    letter.para("**Local Government Association**", align="right")
    letter.lines("18 Smith Square", "London", "SW1P 3HZ", align="right")
    letter.para("Friday 27 March 2020")
    letter.lines("Theresa Leavy", "Executive Director of People – Children", ORG, "County Hall", "Colliton Park",
                 "Dorchester", "DT1 1XJ")
    letter.para("Dear Theresa,")
    letter.para("**Children's Safeguarding Peer Review**")
    letter.paras("""
Thank you for inviting the Local Government Association to carry out a children's safeguarding peer review in
Dorset. The peer team was on site between 2 and 6 March 2020 and met more than 120 people, including children and
young people, foster carers, frontline staff, managers, elected members and partners from health, the police,
schools and the voluntary sector. We also read 24 case files and took part in a number of practice observations.

The review looked at leadership and governance, early help and the front door, the quality of practice and
partnership working, and this letter follows those four themes. Before the review you asked us to consider three
key lines of enquiry, and we set out our answers to them first.

As you know, a peer review is not an inspection. The team drew on their own experience as senior practitioners and
managers to reflect back what they saw and heard, so that you can build on what is working and address what is
not.
""")
    letter.heading("Your key lines of enquiry", 1)
    letter.enquiry_with_finding(
        "How effective is the new Children's Advice and Duty Service in providing a timely and proportionate "
        "response?",
        ["The Children's Advice and Duty Service (ChAD) is well established and partners value the consultation "
         "line. Decisions are mostly timely and thresholds are understood. However, the team found that contacts "
         "from schools are often passed to early help without a conversation with the referrer, and partners do not "
         "always hear what happened next."])
    letter.enquiry_with_finding(
        "Are our locality teams having an impact on outcomes for children in need?",
        ["Locality working is a real strength and practitioners spoke with enthusiasm about working alongside "
         "colleagues from health and education. It is still early days and the council cannot yet show the impact "
         "on outcomes; a small set of outcome measures, agreed with partners, would help."])
    letter.enquiry_with_finding(
        "How well do we hear the voice of the child in our planning?",
        ["Children's views are recorded in most assessments and the Children in Care Council is active and "
         "confident. The voice of younger children and of disabled children is less visible in plans."])
    letter.heading("Leadership and governance", 1)
    letter.heading("Strengths", 2)
    letter.findings(THEMES[0], STRENGTH, [
        "There is a clear and shared ambition for children in Dorset, set out in the Children, Young People and "
        "Families' Plan and understood by staff at every level.",
        "Political leadership is strong: the lead member is knowledgeable, visible and holds officers to account.",
        "The senior leadership team has created a culture in which staff feel valued and able to raise concerns.",
    ])
    letter.heading("Areas for consideration", 2)
    letter.findings(THEMES[0], AREA, [
        "Performance reports to members are long and descriptive; they would benefit from fewer measures and more "
        "analysis of what the numbers mean for children.",
        "The scrutiny committee has not yet looked at safeguarding in depth in the current municipal year.",
    ])
    letter.heading("Early help and the front door", 1)
    letter.heading("Strengths", 2)
    letter.findings(THEMES[1], STRENGTH, [
        "The early help offer is well understood by schools and the voluntary sector.",
        "Family support workers are skilled and committed and families told us they felt listened to.",
    ])
    letter.heading("Areas for consideration", 2)
    letter.findings(THEMES[1], AREA, [
        "Step-down from children's social care to early help is not always planned with the family, and some "
        "families have to tell their story again.",
        "Consider how the early help assessment could be shortened; practitioners described it as repetitive.",
        "Feedback to referrers from the front door is inconsistent.",
    ])
    letter.heading("Quality of practice", 1)
    letter.heading("Strengths", 2)
    letter.findings(THEMES[2], STRENGTH, [
        "Social workers know their children well and could describe their needs and wishes in detail.",
        "The systemic practice model is valued by staff and is beginning to shape the way families are engaged.",
        "Caseloads are manageable in most teams, averaging 16 children per worker.",
    ])
    letter.heading("Areas for consideration", 2)
    letter.findings(THEMES[2], AREA, [
        "The quality of written plans is variable; many actions are not specific or time-bound.",
        "Supervision is regular but the records seldom show reflection or the reasons for decisions.",
    ])
    letter.heading("Partnership working", 1)
    letter.heading("Strengths", 2)
    letter.findings(THEMES[3], STRENGTH, [
        "Relationships between the three safeguarding partners are mature and open.",
        "Joint work with Dorset Police on exploitation is well developed, with a shared daily briefing.",
    ])
    letter.heading("Areas for consideration", 2)
    letter.findings(THEMES[3], AREA, [
        "Health partners are not consistently represented at strategy discussions.",
        "The partnership's multi-agency audit programme has slipped and should be re-established.",
    ])
    letter.answer["framework_themes"] = list(THEMES)
    letter.heading("Recommendations", 1)
    letter.para("The peer team recommends that the council and its partners:")
    letter.recommendations([
        "Agree a small set of outcome measures for locality working and report them to members quarterly.",
        "Make sure every referrer receives feedback on the outcome of a contact within five working days.",
        "Improve the quality of plans so that every action is specific, owned and time-bound.",
        "Strengthen the recording of reflective supervision.",
        "Secure consistent health attendance at strategy discussions.",
        "Re-establish the multi-agency audit programme and report its learning to the partnership.",
    ], group="Recommendations", style="number", refs="auto")
    letter.paras("""
Thank you again to everyone who gave their time to the review. We have sent a copy of this letter to the lead
member for children's services. The LGA will be in touch in six months' time to arrange a follow-up conversation.
""")
    letter.para("Yours sincerely,")
    letter.lines("Marion Telfer", "Peer Review Lead", "Local Government Association")
    letter.pagebreak()
    letter.heading("Appendix 1: The peer team", 1)
    letter.table([["Name", "Role"],
                  ["Marion Telfer", "Former Director of Children's Services, peer review lead"],
                  ["Cllr Amanda Price", "Member peer, Cabinet Member for Children"],
                  ["David Osei", "Assistant Director, Children's Social Care"],
                  ["Karen Whitlock", "Designated Nurse for Safeguarding Children"],
                  ["Detective Superintendent Paul Graham", "Head of Public Protection"],
                  ["Sam Okafor", "Programme Manager, Local Government Association"]], widths=[3600, 6000])
    letter.para("This appendix was prepared by the LGA programme team.")
    letter.lines("Sam Okafor", "Programme Manager, Local Government Association")
    return [letter]
