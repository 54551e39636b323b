"""A Department for Education children's services commissioner's report to the Secretary of State (invented):
"OFFICIAL" running header, every paragraph numbered by hand (1., 2., ... typed into the text, running through the
report), terms of reference typed "(a)" .. "(d)" (lines of enquiry, answered only in the report as a whole),
findings grouped under four Heading 2 sections whose names are listed in a sentence-list (the themes), each with
bold "What is working" / "What is not working" over en dash bullets typed into the text, a "Summary" with the main
strengths and weaknesses as two unlabelled lists after lead-in sentences, and recommendations as bold
"Recommendation 1" .. run-in paragraphs. Fieldwork "between November 2020 and February 2021"; signed and dated
"Dated: 18/03/2021"."""
from model import AREA, Letter, STRENGTH, plain

ORG = "Slough Borough Council"

SECTIONS = [
    ("Leadership and governance",
     ["The Chief Executive and Leader have accepted the scale of the problem without qualification.",
      "The new Director of Children's Services, in post since October 2020, is respected by staff."],
     ["The council has had five Directors of Children's Services in four years.",
      "The relationship between the council and Slough Children's Services Trust is governed by a contract that "
      "neither side uses to manage performance."]),
    ("The quality of social work practice",
     ["Practice in the assessment service has improved since the monitoring visit in 2020."],
     ["Children in care are not always visited within statutory timescales.",
      "Plans for permanence are made late, and some children wait more than a year for a decision.",
      "The quality of practice is not consistently good in any service area."]),
    ("The workforce",
     ["Social workers are committed to Slough and many have stayed through several changes of leadership."],
     ["Over 40% of social workers are employed through agencies.",
      "Team managers have too little time for supervision."]),
    ("Finance and the trust's funding",
     [],
     ["The trust has overspent in each of the last three years.",
      "The council's wider financial position means it cannot underwrite a further overspend."]),
]

RECS = [
    "Slough Children's Services Trust should remain the vehicle for the delivery of children's services, but with "
    "a new contract and a new board.",
    "The council should appoint an improvement partner, an authority judged outstanding, for at least two years.",
    "The Department should fund a workforce plan that halves the use of agency social workers within two years.",
    "The council and the trust should agree a three-year budget based on an independent assessment of need.",
    "A commissioner should continue to oversee children's services, with a further report in twelve months.",
]


def build():
    letter = Letter("slough-2021-dfe-commissioner-report", "new",
                    ["dfe-commissioner-report", "official-running-header", "typed-paragraph-numbers-throughout",
                     "terms-of-reference-typed-letters", "themes-in-sentence", "bold-run-in-labels",
                     "en-dash-bullets-typed", "summary-unlabelled-lead-in-lists", "recommendation-n-run-in",
                     "fieldwork-months-between-years", "date-slashes-at-end", "council-owned-trust"],
                    header="OFFICIAL", footer="{PAGE}")
    letter.particulars(ORG, "Department for Education children's services commissioner's review",
                       "Report of the Commissioner for Children's Services in Slough",
                       "November 2020 and February 2021", "2021-03-18", "Alexander Dunmore-Pryce",
                       "Commissioner for Children's Services, appointed by the Secretary of State for Education",
                       notes="Invented report. Every paragraph is numbered by hand; the numbers are not part of the "
                             "texts. The terms of reference are the lines of enquiry (no answer of their own). The "
                             "four headings named in paragraph 4 are the themes (as headed). The summary's two lists after lead-in "
                             "sentences are the summary strengths and areas. 'Recommendation n' gives ref n. Services "
                             "are delivered by a trust the council owns: the organisation is the council.")
    n = [0]

    def para(text, bold=False):
        n[0] += 1
        letter.para(f"{n[0]}. {text}", bold=bold)

    def dashes(theme, kind, texts):
        for text in texts:
            letter.para(f"\u2013 {text}")
            letter.finding(theme, kind, text)

    letter.heading("Report of the Commissioner for Children's Services in Slough", 0)
    letter.para("To the Secretary of State for Education")
    letter.heading("Introduction", 1)
    para("In October 2020 the Secretary of State for Education appointed me as Commissioner for Children's Services "
         "in Slough, following the inadequate judgement at the inspection of 2019 and the monitoring visits since. "
         "Since 2015 the children's services of Slough Borough Council have been delivered by Slough Children's "
         "Services Trust, a company the council owns. I carried out my review between November 2020 and February 2021.")
    para("My terms of reference asked me to:")
    for label, question in [
        ("(a)", "assess the council's and the trust's capacity and capability to improve children's services"),
        ("(b)", "consider whether the trust remains the right vehicle for the delivery of children's services"),
        ("(c)", "assess the financial sustainability of the trust"),
        ("(d)", "recommend how improvement can be secured and sustained"),
    ]:
        letter.para(f"{label} {question}")
        letter.answer["lines_of_enquiry"].append({"question": question, "finding_summary": None})
    para("I met the Leader, the Lead Member, the Chief Executive and their senior teams, the chair and board of the "
         "trust, 64 staff, partners, and young people from the Children in Care Council. I read the trust's "
         "performance reports for the last two years and a sample of 30 children's records.")
    para("I set out my findings under four headings: leadership and governance; the quality of social work "
         "practice; the workforce; and finance and the trust's funding.")
    letter.answer["framework_themes"] += [s[0] for s in SECTIONS]
    letter.heading("Summary", 1)
    para("Children in Slough are not yet safe enough, and have not been for some years. There are, however, reasons "
         "for cautious optimism. The main strengths I found were:")
    letter.summary(STRENGTH, [
        "an honest and committed political and corporate leadership",
        "a capable new Director of Children's Services",
        "a loyal core of permanent social workers",
    ], style="bullet")
    para("The main weaknesses were:")
    letter.summary(AREA, [
        "instability of senior leadership over several years",
        "a contract between the council and the trust that does not work",
        "heavy reliance on agency staff",
        "a trust budget that has not been set on the basis of need",
    ], style="bullet")
    para("My recommendations follow at the end of this report.")
    letter.heading("Findings", 1)
    for theme, working, not_working in SECTIONS:
        letter.heading(theme, 2)
        para(f"This section sets out what I found about {theme[0].lower() + theme[1:]}.")
        if working:
            letter.para("**What is working**")
            dashes(theme, STRENGTH, working)
        letter.para("**What is not working**")
        dashes(theme, AREA, not_working)
    letter.heading("Recommendations", 1)
    para("I make five recommendations to the Secretary of State.")
    for i, text in enumerate(RECS, 1):
        letter.para(f"**Recommendation {i}** {text}")
        letter.answer["priorities_or_recommendations"].append(
            {"ref": str(i), "text": plain(text), "group": "Recommendations"})
    letter.para("Alexander Dunmore-Pryce")
    letter.para("Commissioner for Children's Services in Slough")
    letter.para("Dated: 18/03/2021")
    return [letter]
