"""A scrutiny panel's own review report (invented): the panel's review of how the council and partners safeguard
children at risk of exploitation, led by the panel's chair (named as leading the review in the foreword she signs).
A front table (Report for / Title / Report authorised by / Lead officer / Ward(s) affected / Report date 02/03/2020),
a "Chair's foreword", a "Summary of recommendations" table at the front repeating, word for word, the
recommendations that also close each chapter as bold "Recommendation 3:" paragraphs (counted once, with the
summary's numbers and group), the terms of reference's key lines of enquiry as a Word-numbered list (no answers of
their own), chapters numbered "3." .. whose titles are the themes, and per chapter unstyled "The Panel heard that
the following is working well:" / "The Panel is concerned that:" lead-ins over Word bullets. Evidence sessions
"between September and December 2019"."""
from letters._kit import recommendations_table
from model import AREA, Letter, STRENGTH

ORG = "Haringey Council"

CHAPTERS = [
    ("Identifying children at risk", [0],
     ["The exploitation screening tool is used by all social workers at the front door.",
      "Youth workers in the Bruce Grove youth space are skilled at spotting early signs of grooming."],
     ["Schools use three different screening tools, so information is not comparable.",
      "Children excluded from school are not screened for exploitation risk."]),
    ("Working together across agencies", [1, 2],
     ["The fortnightly exploitation panel brings police, social care, health and youth justice together.",
      "Information is shared quickly with neighbouring boroughs when children go missing across borders."],
     ["The voluntary sector is not invited to the exploitation panel.",
      "Police intelligence about places of concern is not shared with the council's community safety team."]),
    ("Support for children and their families", [3],
     ["Parents praised the support they received from the family group conference service."],
     ["There is a waiting list of up to ten weeks for the specialist mentoring service.",
      "Support often ends when a child turns 18, however great the risk."]),
]

RECS = [
    "That the Haringey Safeguarding Children Partnership agrees a single exploitation screening tool for all "
    "schools and agencies in the borough.",
    "That the exploitation panel invites two voluntary sector representatives to each meeting.",
    "That the police and the council's community safety team agree a protocol for sharing intelligence about places "
    "of concern.",
    "That the Cabinet Member for Children, Education and Families funds the specialist mentoring service so that no "
    "child waits more than four weeks.",
]


def build():
    letter = Letter("haringey-2020-scrutiny-review-report", "new",
                    ["scrutiny-panel-own-review", "front-sheet-table", "report-date-slashes", "chairs-foreword",
                     "chair-named-as-lead", "summary-of-recommendations-table-first", "recommendations-repeated",
                     "that-recommendations", "terms-of-reference-word-numbered", "numbered-chapters-as-themes",
                     "lead-in-summary-per-chapter", "fieldwork-months-between"],
                    header=None, footer="Page {PAGE}")
    letter.particulars(ORG, "Scrutiny review (Children and Young People's Scrutiny Panel)",
                       "Scrutiny Review: Safeguarding Children at Risk of Exploitation",
                       "September and December 2019", "2020-03-02", "Cllr Rosalind Ekwueme-Hart",
                       "Chair, Children and Young People's Scrutiny Panel",
                       notes="Invented report. The review is the Panel's own, led by its chair (the foreword says "
                             "so), so she is the lead. The recommendations appear twice, in the summary table and at "
                             "the end of their chapters; each is counted once, with the summary's number and heading. "
                             "The key lines of enquiry have no answers of their own. The chapter titles are the "
                             "themes; their lead-in lists are the chapters' findings. No summary lists.")
    letter.table([["Report for:", "Overview and Scrutiny Committee"],
                  ["Title:", "Scrutiny Review: Safeguarding Children at Risk of Exploitation"],
                  ["Report authorised by:", "Cllr Rosalind Ekwueme-Hart, Chair of the Children and Young People's "
                                            "Scrutiny Panel"],
                  ["Lead officer:", "Tobias Renwick, Principal Scrutiny Officer"],
                  ["Ward(s) affected:", "All"],
                  ["Report date:", "02/03/2020"]], header=False, widths=[2800, 6800])
    letter.heading("Chair's foreword", 1)
    letter.paras("""
I am pleased to present the Panel's review of how Haringey Council and its partners safeguard children at risk of
exploitation. I led this review on behalf of the Children and Young People's Scrutiny Panel, and I want to thank the
young people, parents, practitioners and partners who gave evidence to us so openly.

Exploitation is not a problem any one agency can solve. Our recommendations are addressed to the council and to its
partners, and we look forward to their response.
""")
    letter.lines("Cllr Rosalind Ekwueme-Hart", "Chair, Children and Young People's Scrutiny Panel")
    letter.heading("1. Summary of recommendations", 1)
    recommendations_table(letter, ("No.", "Recommendation"), [(str(i), r) for i, r in enumerate(RECS, 1)],
                          group="Summary of recommendations", widths=[900, 8700])
    letter.heading("2. Background and terms of reference", 1)
    letter.paras("""
The Panel agreed its terms of reference in July 2019. Evidence sessions were held between September and December
2019, and members visited the front door, the youth justice service and two secondary schools.

The review's key lines of enquiry were:
""")
    letter.enquiries([
        "How well do agencies identify children at risk of exploitation at the earliest opportunity?",
        "How effectively do agencies work together to disrupt exploitation?",
        "What support is available to children and families, and is it enough?",
    ], style="number", numbered=True)
    letter.para("The Panel's membership is listed in Appendix A.")
    for n, (theme, recs, working, concerns) in enumerate(CHAPTERS, 3):
        letter.answer["framework_themes"].append(theme)
        letter.heading(f"{n}. {theme}", 1)
        letter.para(f"{n}.1 The Panel took evidence on this from officers, partners and young people.")
        letter.para("The Panel heard that the following is working well:")
        letter.findings(theme, STRENGTH, working, style="bullet")
        letter.para("The Panel is concerned that:")
        letter.findings(theme, AREA, concerns, style="bullet")
        for i in recs:
            letter.para(f"**Recommendation {i + 1}:** {RECS[i]}")
    letter.heading("Appendix A: Panel membership", 1)
    letter.para("Cllr Rosalind Ekwueme-Hart (Chair), Cllr Dmitri Waller, Cllr Sana Qureshi-Blake, Cllr Owen Faraday, "
                "and two co-opted members: Mrs Lydia Osei (parent governor) and Father Brendan Kiely (Church "
                "representative).")
    return [letter]
