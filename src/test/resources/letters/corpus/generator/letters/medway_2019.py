"""An independent review report (invented) in multi-level numbered paragraphs (1.1, 2.1.1 typed into the text): the
themes named only in a running sentence, so the themes are the finding section headings ("2.1 The front door");
findings as numbered paragraphs under unstyled bold "Positive practice" / "Development areas"; each recommendation
is a numbered paragraph of prose ("2.1.6 The review recommends that the council ...") at the end of its theme's
section, never gathered in a list. Report dated "December 2019" (month only); fieldwork "during September and
October 2019"."""
from letters._kit import numbered_finding_paras, recommendation_para
from model import AREA, Letter, STRENGTH

ORG = "Medway Council"


def build():
    letter = Letter("medway-2019-independent-review-recommendations", "new",
                    ["independent-review", "title-page", "numbered-paragraphs-three-levels", "themes-in-a-sentence",
                     "heading-positive-practice", "heading-development-areas", "bold-paragraph-subheadings",
                     "recommendations-in-prose-paragraphs", "recommendations-per-theme", "report-month-only",
                     "fieldwork-months"],
                    header="Independent Review of the Front Door and Early Help – Medway", footer="Page {PAGE}")
    letter.particulars(ORG, "Independent review of the children's services front door and early help",
                       "Independent Review of the Front Door and Early Help in Medway", "September and October 2019",
                       None, "Trevor Ashdown", "Independent Reviewer",
                       notes="Invented report. Dated 'December 2019' (month only). The themes are named in a running "
                             "sentence (1.3), so they are the headings of the finding sections. Each recommendation "
                             "is a whole numbered paragraph of prose; its number is its ref and its group the theme "
                             "section it closes.")
    letter.heading("Independent Review of the Front Door and Early Help in Medway", 0)
    letter.lines("Report to the Director of Children's Services, Medway Council", "Trevor Ashdown, Independent Reviewer",
                 "December 2019")
    letter.pagebreak()
    letter.heading("1. Introduction", 1)
    letter.paras("""
1.1 In July 2019 the Director of Children's Services asked me to carry out an independent review of how children and
families in Medway are helped when concerns about them are first raised. The review took place during September and
October 2019.

1.2 I read the council's self-assessment, performance reports and audits, observed the Children's Advice and Duty
Service (CADS) over six days, tracked 25 contacts from start to finish and interviewed 37 managers, practitioners and
partners.

1.3 The review considered three themes: the front door, early help, and leadership and oversight. For each theme
this report sets out positive practice, development areas and my recommendations.
""")
    letter.heading("2. Findings", 1)
    sections = [
        ("2.1", "The front door",
         ["Contacts are screened within 24 hours in almost all cases, and urgent contacts are passed to the duty team "
          "the same day.",
          "Police and health staff in CADS share information readily and record it well."],
         ["Too many contacts (61% in August 2019) lead to no further action, suggesting that partners are not "
          "confident about when to contact CADS.",
          "Managers' reasons for decisions are not always recorded on the contact."],
         ["The review recommends that the council and its partners relaunch the threshold document with a programme "
          "of briefings for schools, GPs and the police.",
          "The review recommends that the council introduces a standard for recording management decisions in CADS."]),
        ("2.2", "Early help",
         ["Families who receive early help from the family solutions teams speak highly of the workers who support them."],
         ["Early help assessments completed by partner agencies are few, and most early help is provided by the council.",
          "There is no shared measure of whether early help has made a difference."],
         ["The review recommends that the partnership agrees a small set of outcome measures for early help and reports "
          "them to the Medway Safeguarding Children Partnership twice a year."]),
        ("2.3", "Leadership and oversight",
         ["Senior leaders were open about the challenges and welcomed independent challenge.",
          "The Lead Member knows the service well."],
         ["Performance reports describe the volume of work but not its quality."],
         ["The review recommends that the council adds the findings of front door audits to the monthly performance "
          "report.",
          "The review recommends that the Director of Children's Services reviews progress against these "
          "recommendations in six months."]),
    ]
    letter.answer["framework_themes"] += [theme for _, theme, _, _, _ in sections]
    for number, theme, positive, development, recommendations in sections:
        letter.heading(f"{number} {theme}", 2)
        n = 1
        letter.para("Positive practice", bold=True)
        numbered_finding_paras(letter, theme, STRENGTH, [(f"{number}.{n + i}", t) for i, t in enumerate(positive)])
        n += len(positive)
        letter.para("Development areas", bold=True)
        numbered_finding_paras(letter, theme, AREA, [(f"{number}.{n + i}", t) for i, t in enumerate(development)])
        n += len(development)
        for i, text in enumerate(recommendations):
            recommendation_para(letter, f"{number}.{n + i}", text, group=theme)
    letter.heading("3. Conclusion", 1)
    letter.paras("""
3.1 Medway has a safe front door and committed staff. The next step is to make sure that partners share the
council's understanding of thresholds and that early help becomes a shared responsibility.

3.2 I would like to thank the staff of CADS and the family solutions teams for their time and their candour.
""")
    letter.lines("Trevor Ashdown", "Independent Reviewer", "December 2019")
    return [letter]
