"""An Ofsted-style monitoring visit letter (invented): areas covered named in a sentence, "What is going well"
and "What needs to improve" lists, prose between them, an inspector's signature; letter date with a weekday."""
from model import Letter, STRENGTH

ORG = "Stockton-on-Tees Borough Council"


def build():
    letter = Letter("stockton-on-tees-2018-ofsted-inspection-letter", "new",
                    ["ofsted-monitoring-visit", "hyphenated-organisation", "heading-what-is-going-well",
                     "what-needs-to-improve", "list-bullet-style", "fieldwork-en-dash-range", "letter-date-weekday",
                     "no-themes"], header=None, footer="{PAGE}")
    letter.particulars(ORG, "Ofsted monitoring visit to children's services",
                       "Monitoring visit to Stockton-on-Tees children's services", "16 – 17 October 2018",
                       "2018-11-13", "Neil Penswick", "Her Majesty's Inspector",
                       notes="Invented letter. 'What needs to improve' items are read as the recommendations the "
                             "council plans against; 'What is going well' as the summary strengths.")
    letter.lines("Tuesday 13 November 2018", "")
    letter.lines("Martin Gray", "Director of Children's Services", ORG, "Municipal Buildings", "Church Road",
                 "Stockton-on-Tees", "TS18 1LD")
    letter.para("Dear Mr Gray")
    letter.heading("Monitoring visit to Stockton-on-Tees children's services", 2)
    letter.paras("""
This letter summarises the findings of the third monitoring visit to Stockton-on-Tees children's services since the
local authority was judged to require improvement to be good in its inspection of services for children in need of
help and protection in 2017. The visit took place on 16 – 17 October 2018 and was carried out by Her Majesty's
Inspectors Neil Penswick and Lisa Walsh.

Inspectors reviewed the progress made in the quality of services for children in care, including the
effectiveness of care planning, the timeliness of permanence and the support for children leaving care. They
looked at a range of evidence, including electronic case records, supervision notes and audits, and spoke with
social workers, team managers, independent reviewing officers and senior leaders.
""")
    letter.heading("Overview", 2)
    letter.para("The local authority is making steady progress. Leaders have a realistic understanding of the "
                "strengths and weaknesses of the service, and their plans for improvement are focused on the right "
                "things. Progress for some children is still too slow.")
    letter.heading("What is going well", 2)
    letter.summary(STRENGTH, [
        "Children in care are visited regularly by social workers who know them well.",
        "Care plans are reviewed on time and most children take part in their reviews.",
        "Permanence planning has improved, and more children are living with their brothers and sisters.",
        "Personal advisers stay in touch with almost all care leavers.",
    ], style="List Bullet")
    letter.para("The quality of direct work with children is a strength. Inspectors saw life story work that helped "
                "children to understand their histories, and several examples of creative work to gather the views "
                "of younger children.")
    letter.heading("What needs to improve", 2)
    letter.recommendations([
        "The quality of care plans, so that they are specific about what will happen and by when.",
        "The oversight of independent reviewing officers, so that drift is challenged and escalated.",
        "The sufficiency of local placements for older children with complex needs.",
        "Pathway plans, which should be written with young people and reflect their aspirations.",
    ], group="What needs to improve", style="List Bullet", numbered=False)
    letter.paras("""
Staff told inspectors that they feel well supported and that managers are accessible. Caseloads in the children in
care teams have reduced to an average of 17 children per worker.

I am copying this letter to the Department for Education. This letter will be published on the Ofsted website.
""")
    letter.para("Yours sincerely")
    letter.lines("Neil Penswick", "Her Majesty's Inspector")
    return [letter]
