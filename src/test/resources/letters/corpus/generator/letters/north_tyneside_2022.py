"""A regional peer practice review letter (invented) written in Signs of Safety language: the overall messages as
"What's working well" / "What are we worried about" (List Bullet style), then per practice area a three-column table
"What's working well | What are we worried about | What needs to happen" (the third column is what the council
plans against: the recommendations). Fieldwork "over four days in June 2022"; date "1st July 2022"; signature block
name, role, then "Peer Review Lead"."""
from letters._kit import three_column_practice_table
from model import AREA, Letter, STRENGTH

ORG = "North Tyneside Council"
COLUMNS = ("What's working well", "What are we worried about", "What needs to happen")


def build():
    letter = Letter("north-tyneside-2022-signs-of-safety-practice-review", "new",
                    ["regional-peer-review", "signs-of-safety-headings", "themes-listed-as-bullets",
                     "list-bullet-style", "three-column-practice-tables", "recommendations-in-table-column",
                     "fieldwork-over-days-in-month", "letter-date-ordinal", "peer-review-lead-signature",
                     "numpr-bullets"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Regional peer practice review (North East Regional Improvement and Innovation Alliance)",
                       "Peer Practice Review: Children in Need and Child Protection", "June 2022", "2022-07-01",
                       "Gillian Ashworth", "Peer Review Lead; Head of Service, Safeguarding and Quality Assurance",
                       notes="Invented letter. Fieldwork written 'over four days in June 2022': month only. The overall "
                             "'What's working well' / 'What are we worried about' lists are the summary; each practice "
                             "area's table gives its findings, and its 'What needs to happen' column is read as the "
                             "recommendations (no refs, group the column heading).")
    letter.lines("North East Regional Improvement and Innovation Alliance", "Regional Peer Practice Review Programme",
                 align="right")
    letter.para("1st July 2022")
    letter.lines("Jacqui Pemberton", "Director of Children's Services", ORG, "Quadrant", "The Silverlink North",
                 "Cobalt Business Park", "North Tyneside", "NE27 0BY")
    letter.para("Dear Jacqui")
    letter.para("Peer Practice Review: Children in Need and Child Protection", bold=True)
    letter.paras("""
Thank you for hosting the regional peer practice review team over four days in June 2022. The team was made up of
two heads of service, a principal social worker and a designated nurse from other local authorities and health
trusts in the region. We read 30 case records with the social workers and team managers who hold them, observed
two child protection conferences and a strategy discussion, and met 12 parents and 9 children and young people.

Because North Tyneside uses Signs of Safety as its practice framework, we have written this letter in the same
language: what is working well, what we are worried about and what needs to happen. We agreed with you that the
review would look at three areas of practice:
""")
    themes = ["The front door and assessment", "Child protection planning", "Management oversight and supervision"]
    letter.themes(themes, style="List Bullet")
    letter.heading("Overall", 1)
    letter.para("What's working well", bold=True)
    letter.summary(STRENGTH, [
        "Social workers know their children well and write to them in language they can understand.",
        "Safety planning with families is a real strength, with family networks drawn in early.",
        "Partners at the front door share information quickly and decisions are made the same day.",
    ], style="List Bullet")
    letter.para("What are we worried about", bold=True)
    letter.summary(AREA, [
        "Danger statements and safety goals are not always clear enough for families to understand what must change.",
        "Some children stay on child protection plans for too long without a change of approach.",
        "Supervision records do not always show the reasons for decisions.",
    ], style="List Bullet")
    letter.heading("What we found in each area of practice", 1)
    letter.heading(themes[0], 2)
    letter.para("The Multi-Agency Safeguarding Hub (MASH) received 4,120 contacts in 2021/22, of which 38% "
                "progressed to an assessment.")
    three_column_practice_table(letter, themes[0], COLUMNS,
        ["Police, health and education staff are co-located and share information within four hours.",
         "Consent is sought and recorded well, and parents are told why a contact has been made."],
        ["Assessments describe what has happened but do not always analyse what it means for the child.",
         "Re-referrals within 12 months have risen to 24%."],
        ["Use the assessment audit tool to test the quality of analysis, not only timeliness.",
         "Look at the re-referrals of the last six months to understand why families return."],
        group="What needs to happen")
    letter.heading(themes[1], 2)
    letter.para("There were 214 children on child protection plans at the end of May 2022, a rate close to the "
                "regional average.")
    three_column_practice_table(letter, themes[1], COLUMNS,
        ["Conferences are well prepared and parents say they feel respected.",
         "Words and pictures explanations help children understand why professionals are involved."],
        ["Core groups do not always review the plan against the safety goals.",
         "Fourteen children have been on a plan for more than 18 months."],
        ["Review every plan that has lasted more than 12 months with a senior manager.",
         "Make the safety goals the agenda for every core group."],
        group="What needs to happen")
    letter.heading(themes[2], 2)
    letter.para("Team managers were open with us about the pressure on their time since two teams merged in "
                "January 2022.")
    three_column_practice_table(letter, themes[2], COLUMNS,
        ["Social workers say their managers are available and supportive.",
         "Group supervision using the Signs of Safety mapping is well established."],
        ["Case direction is recorded as tasks, without the reasons behind it.",
         "Newly qualified social workers do not always receive supervision every four weeks."],
        ["Agree a short supervision recording standard that includes the manager's reasoning.",
         "Report supervision frequency for newly qualified social workers to the practice improvement board."],
        group="What needs to happen")
    letter.heading("Next steps", 1)
    letter.paras("""
We hope this letter is useful as you develop your practice improvement plan. We would be happy to come back in
spring 2023 to look again at child protection planning with you.

Thank you to all the staff, families and young people who spoke to us, and to Mark Edwards for organising the
review.
""")
    letter.para("Yours sincerely")
    letter.lines("Gillian Ashworth", "Head of Service, Safeguarding and Quality Assurance", "Peer Review Lead")
    return [letter]
