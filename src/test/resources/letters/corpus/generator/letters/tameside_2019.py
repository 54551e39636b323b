"""An Ofsted monitoring visit letter (invented) in prose: "Areas covered by the visit" as a paragraph, an overview and
"Findings and evaluation of progress" in prose (not split into findings), and one list after a lead-in, "Areas where
further progress is needed:" (what the council plans against, so the recommendations). No headed strengths. The
visit "on 4 and 5 June 2019"; the letter dated "21 June 2019" above the inspector's name; "Yours sincerely"."""
from model import Letter

ORG = "Tameside Metropolitan Borough Council"


def build():
    letter = Letter("tameside-2019-ofsted-monitoring-visit-letter", "new",
                    ["ofsted-monitoring-visit", "organisation-metropolitan-borough", "prose-only-evaluation",
                     "areas-covered-paragraph", "lead-in-recommendations-list", "no-themes", "fieldwork-on-and"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Ofsted monitoring visit to children's services",
                       "Monitoring visit to Tameside children's services", "4 and 5 June 2019", "2019-06-21",
                       "Harriet Coldwell", "Her Majesty's Inspector",
                       notes="Invented letter. The evaluation is prose and is not split into findings. The one list, "
                             "'Areas where further progress is needed:', "
                             "is what the council must plan against, so it is the recommendations (grouped by its "
                             "lead-in). The areas covered are given in a sentence, not as themes.")
    letter.lines("21 June 2019", "")
    letter.lines("Mr Colin Pellow", "Director of Children's Services", ORG, "Tameside One", "Market Place",
                 "Ashton-under-Lyne", "OL6 6BH")
    letter.para("Dear Mr Pellow")
    letter.para("**Monitoring visit to Tameside children's services**")
    letter.paras("""
This letter summarises the findings of the fifth monitoring visit to Tameside children's services since the local
authority was judged inadequate in 2016. The visit was carried out on 4 and 5 June 2019 by Her Majesty's Inspectors
Harriet Coldwell and Dominic Ash.

**Areas covered by the visit**

Inspectors reviewed the progress made for children in need of help and protection, with a focus on children subject
to child protection plans and the quality of pre-proceedings work under the Public Law Outline. Inspectors looked at
the records of 26 children, spoke with social workers and their managers, and met senior leaders.

**Overview**

The local authority continues to make progress. Senior leaders know where practice is not yet good enough and have
taken effective action to stabilise the workforce. Most children subject to child protection plans are seen
regularly and plans are reviewed on time. However, the quality of plans and of pre-proceedings work is still too
variable, and some children wait too long for decisions to be made about their future.

**Findings and evaluation of progress**

Children's plans are reviewed at child protection conferences within timescales. Parents told inspectors that
conferences are chaired respectfully and that they understood what was expected of them. Written plans, however,
are too often a list of tasks for parents rather than what needs to change for the child.

Social workers know their children well and visit them regularly. Caseloads have reduced to an average of 19.
Inspectors saw some very good direct work with children, including work with brothers and sisters together.

Pre-proceedings letters are clear, but the pre-proceedings period lasted longer than 16 weeks for 11 of the 26
children. For some, this meant that decisions to apply to court were delayed when there had been no change.
""")
    letter.para("Areas where further progress is needed:")
    letter.recommendations([
        "The quality of child protection plans, so that they are specific, measurable and written with families.",
        "The timeliness of pre-proceedings work and of decisions to apply to court.",
        "The consistency of management oversight on children's records.",
    ], group="Areas where further progress is needed", style="glyph", numbered=False)
    letter.paras("""
I am copying this letter to the Department for Education. This letter will be published on the Ofsted website.
""")
    letter.para("Yours sincerely")
    letter.lines("Harriet Coldwell", "Her Majesty's Inspector")
    return [letter]
