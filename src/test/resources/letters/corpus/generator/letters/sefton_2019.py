"""An LGA safeguarding peer review letter (invented) that opens with a boxed "Key recommendations" list, then
gives its themes as numbered sections (a Heading 1 "2. Leadership ..." with numbered paragraphs 2.1 ..), each with
"Strengths" and "Areas for consideration" sub-headings; headline messages as two lead-in lists; fieldwork
"from 7 to 10 October 2019"."""
from letters._kit import boxed_recommendations
from model import AREA, Letter, STRENGTH

ORG = "Sefton Metropolitan Borough Council"


def build():
    letter = Letter("sefton-2019-lga-safeguarding-peer-review", "new",
                    ["lga-peer-review", "key-recommendations-box-first", "numbered-theme-sections",
                     "numbered-paragraphs", "themes-listed-as-bullets", "strengths-areas-sub-headings",
                     "lead-in-summary-lists", "fieldwork-from-to", "word-numbered-recommendations", "numpr-bullets"],
                    header="Local Government Association – Children's Safeguarding Peer Review", footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Sefton Children's Safeguarding Peer Review", "7 to 10 October 2019", "2019-11-22",
                       "Andrew Hollis", "Lead peer, Local Government Association",
                       notes="Invented letter. The key recommendations are given once, in a box before the findings.")
    letter.para("22 November 2019")
    letter.lines("Helen Marsden", "Executive Director of Children's Social Care and Education", ORG,
                 "Magdalen House", "30 Trinity Road", "Bootle", "L20 3NJ")
    letter.para("Dear Helen")
    letter.heading("Sefton Children's Safeguarding Peer Review", 1)
    letter.paras("""
1.1 On behalf of the peer team, thank you for inviting us to Sefton to carry out a children's safeguarding peer
review from 7 to 10 October 2019. The team was made up of senior colleagues from children's services, the police
and health, with a member peer, and was supported by the Local Government Association.

1.2 The team spent four days on site. We read 24 case files, held 41 meetings and focus groups, and spoke with more
than 180 people, including social workers, partners, elected members, foster carers and young people.

1.3 Our key recommendations are set out first, so that they can be read on their own. The findings that led to
them follow, theme by theme.
""")
    boxed_recommendations(letter, "Key recommendations", [
        "Agree a single improvement plan for children's social care, owned by the Children's Partnership Board, "
        "with measures that show the difference for children.",
        "Reduce caseloads in the assessment teams to the level set in the workforce strategy and hold them there.",
        "Make management oversight visible on every case file, recording the reasons for decisions.",
        "Strengthen the front door so that thresholds are applied consistently by all partners.",
        "Develop a sufficiency strategy for placements for children in care aged 11 and over.",
        "Give the Lead Member and scrutiny members regular performance and audit reports they can challenge.",
    ], group="Key recommendations")
    letter.para("1.4 The peer review looked at the following themes, agreed with you before the review:")
    letter.themes([
        "Leadership, governance and partnerships",
        "Effective practice, service delivery and the voice of the child",
        "Capacity and managing resources",
    ])
    letter.heading("Headline messages", 1)
    letter.para("1.5 The team found a committed workforce and leaders who know what needs to change. In "
                "particular, the following strengths stood out:")
    letter.summary(STRENGTH, [
        "Staff are passionate about the children of Sefton and speak positively about working here.",
        "The new senior leadership team has a realistic view of the quality of practice.",
        "Early help is well established and valued by schools.",
    ])
    letter.para("1.6 The team also found the following areas for consideration:")
    letter.summary(AREA, [
        "Practice is not yet consistently good, and the quality of plans varies widely.",
        "High caseloads and a reliance on agency staff are making improvement harder.",
        "Partners do not yet share a common understanding of thresholds.",
    ])
    sections = [
        ("2. Leadership, governance and partnerships", "2",
         ["The Chief Executive and Leader give children's services a high priority, and additional funding has "
          "been agreed for 2020/21.",
          "Relationships between the safeguarding partners are open and constructive."],
         ["The improvement plan has too many actions and few measures of impact.",
          "Scrutiny members receive little information about the quality of practice."]),
        ("3. Effective practice, service delivery and the voice of the child", "3",
         ["Direct work with children is often creative and thoughtful.",
          "Child protection conferences are well chaired and parents feel listened to."],
         ["Management oversight is not always visible on case files.",
          "Referrals from partners are too often returned for more information, causing delay.",
          "The views of children are not consistently recorded in their plans."]),
        ("4. Capacity and managing resources", "4",
         ["A recruitment campaign has brought in 14 newly qualified social workers this year.",
          "The principal social worker has led a well-regarded practice development programme."],
         ["Caseloads in the assessment teams average 27 children.",
          "There are too few local placements for older children, and spending on residential placements is "
          "rising."]),
    ]
    for heading, number, strengths, areas in sections:
        theme = heading.split(" ", 1)[1]
        letter.heading(heading, 1)
        letter.para(f"{number}.1 This section sets out what the team found under this theme.")
        letter.heading("Strengths", 3)
        letter.findings(theme, STRENGTH, strengths)
        letter.heading("Areas for consideration", 3)
        letter.findings(theme, AREA, areas)
    letter.heading("5. Next steps", 1)
    letter.paras("""
5.1 We know that you and your colleagues will want to reflect on these findings before deciding how to take them
forward. The LGA's Principal Adviser for the North West, Gill Rawlinson, will be in touch to discuss the support
available, and we would be happy to return in twelve months to review progress.

5.2 Thank you again to everyone who took part, and in particular to Karen Doyle and her team for organising the
review so well.
""")
    letter.para("Yours sincerely")
    letter.lines("Andrew Hollis", "Lead peer", "Local Government Association")
    return [letter]
