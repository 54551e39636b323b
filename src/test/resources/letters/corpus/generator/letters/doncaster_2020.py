"""An Ofsted ILACS focused visit letter (invented) to a council whose children's services are delivered by a trust
it owns: addressed to the council's Director of People and the trust's Chief Executive, a "Focused visit to ..."
subject line, the inspectors named in the first paragraph, prose under "Overview" and "Findings and evaluation of
progress", a short "What is working well" paragraph lead-in with a Word-bulleted list (the summary strengths), then
"What needs to improve in this area of social work practice?" as Word bullets (the recommendations). Fieldwork "on 14
and 15 January 2020"; letter dated "7 February 2020"; signed by the lead inspector with "Her Majesty's Inspector"."""
from model import Letter, STRENGTH

ORG = "Doncaster Metropolitan Borough Council"
GROUP = "What needs to improve in this area of social work practice?"


def build():
    letter = Letter("doncaster-2020-ofsted-ilacs-focused-visit", "new",
                    ["ofsted-focused-visit-letter", "council-owned-trust", "two-addressees", "subject-line-bold",
                     "inspectors-named-in-text", "prose-evaluation", "what-is-working-well-lead-in",
                     "what-needs-to-improve-question-word-bullets", "fieldwork-on-two-days", "ofsted-address-block"],
                    header=None, footer=None)
    letter.particulars(ORG, "Ofsted ILACS focused visit",
                       "Focused visit to Doncaster local authority children's services",
                       "14 and 15 January 2020", "2020-02-07", "Lindsey Marchbank-Hayes",
                       "Her Majesty's Inspector, Ofsted",
                       notes="Invented letter. Services are delivered by Doncaster Children's Services Trust, which "
                             "the council owns; the organisation is the local authority. The prose is not split into "
                             "findings; the one list after 'the following are working well' is the summary "
                             "strengths, and 'What needs to improve' the recommendations (no refs).")
    letter.lines("Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", align="right")
    letter.lines("T 0300 123 1231", "www.gov.uk/ofsted", align="right")
    letter.para("7 February 2020")
    letter.lines("Riana Okonkwo-Ball", "Director of People", ORG, "Civic Office", "Waterdale", "Doncaster DN1 3BU")
    letter.lines("James Farrant-Lowe", "Chief Executive, Doncaster Children's Services Trust")
    letter.para("Dear Ms Okonkwo-Ball and Mr Farrant-Lowe")
    letter.para("**Focused visit to Doncaster local authority children's services**")
    letter.paras("""
This letter summarises the findings of the focused visit to Doncaster local authority children's services on 14
and 15 January 2020. Her Majesty's Inspectors for this visit were Lindsey Marchbank-Hayes and Tariq Bellweather.

Inspectors looked at the local authority's arrangements for children in need and children subject to a child
protection plan. Children's services in Doncaster are delivered by Doncaster Children's Services Trust on behalf of
the council.

Inspectors considered a range of evidence, including electronic case records, supervision files and notes,
observation of social workers and senior practitioners undertaking referral and assessment duties, and other
information provided by senior managers. In addition, we spoke to a range of staff, including managers, social
workers, other practitioners and administrative staff.
""")
    letter.para("**Overview**")
    letter.paras("""
Since the last inspection in 2018, when services were judged to be good, leaders have maintained a clear focus on
the quality of help and protection. Most children in need of protection receive a timely and proportionate
response. Senior leaders know where practice needs to improve, and their self-assessment matches what inspectors
found. Caseloads have risen in the last six months, and in two teams this is beginning to affect the frequency of
visits to children.
""")
    letter.para("**Findings and evaluation of progress**")
    letter.paras("""
Strategy meetings are held promptly when children are at risk of significant harm, and police and health attend
them. Child protection enquiries are thorough, and decisions to convene initial child protection conferences are
appropriate. Conferences are well chaired and parents are helped to take part.

Children in need plans are less effective. Many are generic and do not set out what needs to change, or how quickly.
Reviews of these plans are not always held on time, and for a small number of children, drift means that they stay
in situations of neglect for too long before their circumstances are escalated.

Inspectors found that the following are working well:
""")
    letter.summary(STRENGTH, [
        "The response to children at immediate risk of harm, including out of hours.",
        "The quality of child protection conferences and the involvement of parents.",
        "Social workers' direct work with children, which is purposeful and sensitive.",
    ], style="bullet")
    letter.para("Social workers told inspectors that they enjoy working for the trust and that managers are "
                "accessible. Supervision is regular, although it does not always challenge drift.")
    letter.para(f"**{GROUP}**")
    letter.recommendations([
        "The quality of children in need plans, so that they set out clearly what needs to change and by when.",
        "The timeliness of reviews of children in need plans.",
        "The effectiveness of supervision in identifying and challenging drift for children living with neglect.",
        "Caseloads in the two teams where they have risen, so that children are visited as often as their plans "
        "require.",
    ], group=GROUP, style="bullet", numbered=False, refs=None)
    letter.paras("""
Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.

Yours sincerely
""")
    letter.lines("Lindsey Marchbank-Hayes", "**Her Majesty's Inspector**")
    return [letter]
