"""An Ofsted-style focused visit letter (invented). Prose findings under a headline, then what needs to improve."""
from model import Letter

ORG = "Kingston upon Hull City Council"


def build():
    letter = Letter("kingston-upon-hull-2021-ofsted-focused-visit", "new",
                    ["ofsted-focused-visit", "organisation-lower-case-words", "fieldwork-on-two-days",
                     "what-needs-to-improve", "numpr-bullets", "no-summary-lists", "letter-date-day-month-year"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Ofsted focused visit to children's services", "Focused visit to Kingston upon Hull "
                       "children's services", "12 and 13 October 2021", "2021-11-09", "Rachel Ashworth",
                       "Her Majesty's Inspector",
                       notes="Invented letter. 'What needs to improve' items are read as the recommendations the "
                             "council plans against.")
    letter.lines("Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD")
    letter.para("9 November 2021")
    letter.lines("Jenny Hartley", "Director of Children's Services", ORG, "Guildhall", "Alfred Gelder Street",
                 "Hull", "HU1 2AA")
    letter.para("Dear Ms Hartley")
    letter.heading("Focused visit to Kingston upon Hull children's services", 2)
    letter.paras("""
This letter summarises the findings of the focused visit to Kingston upon Hull children's services on 12 and 13
October 2021. Her Majesty's Inspectors for this visit were Rachel Ashworth and Imran Qureshi.

Inspectors looked at the local authority's arrangements for children in need and those subject to a child
protection plan, including the quality of assessment, planning and management oversight. The visit was carried out
in line with the inspection of local authority children's services (ILACS) framework. Inspectors were on site for
both days and spoke with social workers, managers and partner agencies. They considered a range of evidence,
including case discussions with social workers, electronic case records, supervision files and the local
authority's own audits.
""")
    letter.heading("Headline findings", 2)
    letter.paras("""
Since the last inspection in 2019, when services were judged to require improvement to be good, senior leaders
have maintained a clear focus on improving practice for children in need of help and protection. Leaders know
their service well and the self-evaluation is accurate. Caseloads have reduced in most teams, and this is allowing
social workers to spend more time with children and their families.

Most children in need of help and protection receive a timely and proportionate response. However, the quality of
plans remains too variable, and for a small number of children, drift in child in need planning means that they
wait too long for the help they need.
""")
    letter.heading("Findings and evaluation of progress", 2)
    letter.paras("""
Assessments are mostly thorough and are informed by the history of the family. Social workers visit children
regularly and see them alone when it is appropriate to do so. Children's wishes and feelings are recorded well, and
in the better examples, direct work with children is used to shape the plan. Inspectors saw some sensitive work
with children who have experienced domestic abuse.

Child protection conferences are well attended by partners, and strategy discussions are held promptly when
concerns escalate. The threshold for moving to child protection is applied appropriately. Core groups meet
regularly, although the minutes do not always show how actions are progressing or what difference they are making
for the child.

Child in need plans are not consistently specific enough about what needs to change, by when and who is
responsible. Some plans continue for too long without a clear review of progress, and for a few children this has
led to a delay in escalation. Managers have recognised this and a new child in need review process was introduced
in July 2021; it is too early to see its full impact.

Management oversight is visible on children's records, and supervision is regular. However, supervision records
are often a list of tasks and do not show reflective discussion or challenge. Independent reviewing officers and
child protection chairs do not routinely use the escalation process when they have concerns about progress.

Social workers told inspectors that they enjoy working in Hull and that managers are accessible and supportive.
The local authority has been successful in recruiting newly qualified social workers through its academy, and
agency use has reduced from 19% to 11% over the last year.
""")
    letter.heading("What needs to improve in this area of social work practice?", 2)
    letter.recommendations([
        "The quality and specificity of child in need and child protection plans, so that families understand what "
        "needs to change and by when.",
        "The timeliness of reviews of child in need plans, so that drift is identified and addressed.",
        "The quality of supervision records, so that they show reflective discussion and the rationale for "
        "decisions.",
        "The use of escalation by child protection chairs when progress for children is too slow.",
    ], group="What needs to improve in this area of social work practice?", style="bullet", numbered=False)
    letter.paras("""
Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.

Yours sincerely
""")
    letter.lines("Rachel Ashworth", "Her Majesty's Inspector")
    return [letter]
