"""An LGA children's safeguarding peer challenge letter (invented) with no heading styles: headings are bold numbered
paragraphs ("3. Leadership and management"; the number is not part of the theme), themes given by those headings only
after a list of them, lines of enquiry as typed "•" bullets, "Areas of strength" / "Areas for development" over List
Bullet findings, recommendations as numbered paragraphs 7.1 .. 7.5. Fieldwork "from Monday 10 to Thursday 13 October
2016"; "Kind regards"."""
from model import AREA, Letter, STRENGTH

ORG = "Torbay Council"


def build():
    letter = Letter("torbay-2016-peer-challenge", "new",
                    ["lga-peer-challenge", "no-heading-styles", "bold-numbered-paragraph-headings",
                     "themes-listed-as-bullets", "enquiries-glyph-bullets", "heading-areas-of-strength",
                     "heading-areas-for-development", "list-bullet-style", "recommendations-numbered-paragraphs",
                     "fieldwork-with-weekdays", "kind-regards-sign-off"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer challenge (Local Government Association)",
                       "Children's Safeguarding Peer Challenge", "Monday 10 to Thursday 13 October 2016",
                       "2016-11-03", "Anne-Marie Hollingworth", "Peer Challenge Lead, Local Government Association",
                       notes="Invented letter. Headings are bold numbered paragraphs without styles; section numbers "
                             "are not part of a theme. Fieldwork written with weekdays: the span from the first day "
                             "as written, 'Monday 10 to Thursday 13 October 2016'. Recommendations 7.1 .. 7.5: the "
                             "paragraph number is the ref.")
    letter.para("3 November 2016")
    letter.lines("Elaine Pascoe", "Director of Children's Services", ORG, "Town Hall", "Castle Circus", "Torquay",
                 "TQ1 3DR")
    letter.para("Dear Elaine")
    letter.para("Torbay Children's Safeguarding Peer Challenge", bold=True)
    letter.para("1. Introduction", bold=True)
    letter.paras("""
1.1 Thank you for inviting the LGA to carry out a children's safeguarding peer challenge in Torbay. The team was on
site from Monday 10 to Thursday 13 October 2016, and this letter confirms the feedback given to you at the end of
the visit.

1.2 You asked the team to consider the following questions:
""")
    letter.enquiries([
        "Is the improvement plan leading to better outcomes for children?",
        "How well do partners understand and apply thresholds?",
        "Are the arrangements for children in care and care leavers effective?",
    ], style="glyph")
    letter.para("1.3 The team used three themes to structure its work:")
    themes = ["Leadership and management", "Practice with children and families", "Children in care and care leavers"]
    letter.themes(themes)
    letter.para("2. Headline findings", bold=True)
    letter.para("2.1 The team found a council that has begun to improve after a difficult period.")
    letter.para("Areas of strength", bold=True)
    letter.summary(STRENGTH, [
        "A new leadership team that is visible and trusted by staff.",
        "An honest understanding of what is not yet good enough.",
        "Good engagement from the police and the clinical commissioning group.",
    ], style="List Bullet")
    letter.para("Areas for development", bold=True)
    letter.summary(AREA, [
        "The improvement plan is not yet making a consistent difference to children's experiences.",
        "Workforce turnover remains high in the safeguarding teams.",
    ], style="List Bullet")
    for number, theme, strengths, areas in [
        (3, themes[0],
         ["The Chief Executive chairs a monthly improvement meeting that is well attended by partners."],
         ["Performance information is not yet trusted by managers, and data quality needs attention.",
          "Elected members have not had training on their role as corporate parents."]),
        (4, themes[1],
         ["Social workers are enthusiastic about the new practice model."],
         ["Thresholds are applied differently by different partners.",
          "Strategy discussions are often held without health present."]),
        (5, themes[2],
         ["Children in care have a good relationship with the virtual school."],
         ["Care leavers are not always in touch with their personal adviser.",
          "Too many children in care live outside Torbay."]),
    ]:
        letter.para(f"{number}. {theme}", bold=True)
        letter.para("Areas of strength", bold=True)
        letter.findings(theme, STRENGTH, strengths, style="List Bullet")
        letter.para("Areas for development", bold=True)
        letter.findings(theme, AREA, areas, style="List Bullet")
    letter.para("6. Next steps", bold=True)
    letter.para("6.1 The LGA will be happy to support the council with its improvement, and we suggest a follow-up "
                "visit in summer 2017.")
    letter.para("7. Recommendations", bold=True)
    for ref, text in [
        ("7.1", "Agree with partners a small number of measures that show whether the improvement plan is making a "
                "difference to children."),
        ("7.2", "Invest in data quality so that managers can rely on performance information."),
        ("7.3", "Provide training for all elected members on corporate parenting."),
        ("7.4", "Relaunch the threshold document with partners, with health at every strategy discussion."),
        ("7.5", "Develop a sufficiency strategy to bring more children in care back to Torbay."),
    ]:
        letter.para(f"{ref} {text}")
        letter.answer["priorities_or_recommendations"].append({"ref": ref, "text": text, "group": "Recommendations"})
    letter.para("Kind regards")
    letter.lines("Anne-Marie Hollingworth", "Peer Challenge Lead", "Local Government Association")
    return [letter]
