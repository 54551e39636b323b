"""An independent scrutiny report on a safeguarding children partnership (invented): a title page, the six scrutiny
areas listed as Word numbers (the themes), a footnote in the method, "Strengths" / "Areas for development" as Word
bullets after a bold "Summary of findings", and recommendations grouped under plain bold headings and numbered 1.1,
1.2, 2.1 .. typed into the text (the number is the ref, the heading the group). Fieldwork "between January and March
2020"; date "30th April 2020"."""
from model import AREA, Letter, STRENGTH

ORG = "Nottinghamshire Safeguarding Children Partnership"


def build():
    letter = Letter("nottinghamshire-2020-lscp-independent-scrutiny", "new",
                    ["independent-scrutiny-report", "title-page", "themes-numbered-list", "footnote-in-method",
                     "bold-paragraph-subheadings", "recommendations-grouped-numbered-1.1", "fieldwork-months-between",
                     "letter-date-ordinal", "numpr-bullets"],
                    header="Independent Scrutiny Report – Nottinghamshire Safeguarding Children Partnership",
                    footer="{PAGE}")
    letter.particulars(ORG, "Independent scrutiny of multi-agency safeguarding arrangements",
                       "Independent Scrutiny of the Nottinghamshire Safeguarding Children Partnership",
                       "January and March 2020", "2020-04-30", "Graham Whitlock", "Independent Scrutineer",
                       notes="Invented report. Fieldwork given by months only. Recommendations are grouped under "
                             "bold headings and numbered 1.1 .. : the number is the ref and the heading (without "
                             "its number) the group. The footnote is not part of any answer text.")
    letter.heading("Independent Scrutiny of the Nottinghamshire Safeguarding Children Partnership", 0)
    letter.lines("Annual report of the Independent Scrutineer", "Graham Whitlock", "30th April 2020")
    letter.pagebreak()
    letter.heading("Introduction", 1)
    letter.paras("""
The safeguarding partners for Nottinghamshire – Nottinghamshire County Council, Nottinghamshire Police and NHS
Nottingham and Nottinghamshire Clinical Commissioning Group – appointed me in 2019 to provide independent scrutiny
of their arrangements. This is my first annual report.

The scrutiny took place between January and March 2020. The last two weeks were affected by the restrictions
introduced in response to COVID-19, and two planned practitioner focus groups were held by telephone instead.
""")
    letter.para("I followed the six areas of the Six Steps for Independent Scrutiny model[^Six Steps for Independent "
                "Scrutiny: Safeguarding Children Arrangements, University of Bedfordshire, 2019.], which were "
                "agreed with the partners as the scope:")
    letter.themes([
        "Leadership and strategic oversight",
        "The involvement of relevant agencies",
        "Learning from practice reviews",
        "Quality assurance and the use of data",
        "The voice of children and families",
        "Training and workforce development",
    ], style="number")
    letter.para("Summary of findings", bold=True)
    letter.para("Strengths")
    letter.summary(STRENGTH, [
        "The three partners share a clear commitment to the arrangements and attend the Executive reliably.",
        "The rapid review process is timely and decisions are well reasoned.",
        "The multi-agency training programme is well used and well evaluated.",
    ])
    letter.para("Areas for development")
    letter.summary(AREA, [
        "Schools and the voluntary sector are not yet full partners in the arrangements.",
        "The partnership's dataset does not tell leaders how well children are protected.",
        "The voice of children is largely absent from the partnership's work.",
    ])
    letter.heading("Recommendations", 1)
    groups = [
        ("1", "Leadership and relevant agencies", [
            "The partners should agree how schools will be represented at the Executive.",
            "The partners should publish a short guide to the arrangements for the voluntary sector.",
        ]),
        ("2", "Quality assurance", [
            "The Performance and Quality subgroup should add measures of the quality of practice to the dataset.",
            "The partnership should complete two multi-agency audits a year and report findings to the Executive.",
        ]),
        ("3", "Voice of children and families", [
            "The partnership should work with the Youth Forum to plan how children's views will shape its priorities.",
        ]),
    ]
    for number, heading, entries in groups:
        letter.para(f"{number}. {heading}", bold=True)
        for n, text in enumerate(entries, 1):
            letter.para(f"{number}.{n} {text}")
            letter.answer["priorities_or_recommendations"].append(
                {"ref": f"{number}.{n}", "text": text, "group": heading})
    letter.para("I am grateful to the partnership team for their help, and to the practitioners who gave their time.")
    letter.lines("Graham Whitlock", "Independent Scrutineer", "30th April 2020")
    return [letter]
