"""A long independent review report (invented) whose executive summary repeats the recommendations: a title page
naming the lead reviewer and dated "30th September 2019", a contents table, running header and footer, an executive
summary with a two-column "Key strengths | Key areas for development" table (the summary lists) and every
recommendation in a Ref | Recommendation table (R1 .. R7), terms of reference as questions (lines of enquiry without
answers of their own), the five themes as a List Number list, then a numbered section per theme with bold capitals
"STRENGTHS" / "AREAS FOR DEVELOPMENT" over typed "•" bullets and each of the theme's recommendations repeated word for
word in a shaded box headed "Recommendation R3" (counted once, with the executive summary's ref and group). An
appendix of data is signed by an analyst (not the lead). Fieldwork "during July and August 2019"."""
from letters._kit import para, recommendations_table, table_cell_list
from model import AREA, Block, Letter, STRENGTH

ORG = "Cornwall Council"

RECS = [
    ("R1", "Agree one set of thresholds for the whole partnership and publish it in plain English."),
    ("R2", "Move the out-of-hours service into the multi-agency safeguarding hub so that one team holds each "
           "child's record day and night."),
    ("R3", "Introduce a minimum standard for the frequency of visits to children in need."),
    ("R4", "Commission a travel allowance scheme so that social workers in West Cornwall can visit as often as in "
           "Truro."),
    ("R5", "Set up a Cornwall social work academy with the university, with 30 places a year."),
    ("R6", "Publish the partnership's budget and each partner's contribution every year."),
    ("R7", "Ask the independent scrutineer to report on progress against these recommendations in twelve months."),
]

SECTIONS = [
    ("The front door", ["R1", "R2"],
     ["Decisions in the hub are timely and the rationale is recorded.",
      "The police and health staff in the hub are experienced and respected."],
     ["Partners apply thresholds differently, and schools in the west make fewer referrals than elsewhere.",
      "The out-of-hours service keeps its own records, which the hub cannot see until the next morning."]),
    ("Help and protection", ["R3"],
     ["Child protection conferences are well chaired and families feel listened to."],
     ["Visits to children in need vary from weekly to once in three months, with no agreed standard."]),
    ("Geography and rural practice", ["R4"],
     ["Locality teams have built strong links with their local schools and GP surgeries."],
     ["Social workers in West Cornwall spend up to three hours travelling for a single visit.",
      "Families on the Isles of Scilly have no face-to-face early help."]),
    ("The workforce", ["R5"],
     ["Staff turnover is below the national average for the third year running."],
     ["Recruitment of experienced social workers is slow, and vacancies in the west last over six months."]),
    ("Partnership governance", ["R6", "R7"],
     ["The three safeguarding partners attend every executive meeting in person."],
     ["The partnership's budget and the partners' contributions are not published."]),
]


def build():
    letter = Letter("cornwall-2019-independent-review-executive-summary", "new",
                    ["long-independent-review", "title-page-lead-and-date", "contents-table", "running-header",
                     "executive-summary", "key-strengths-areas-two-column-table", "recommendations-ref-table",
                     "recommendations-repeated-in-boxes", "terms-of-reference-questions", "themes-list-number",
                     "bold-capitals-labels", "typed-glyph-bullets", "appendix-by-analyst", "fieldwork-during-months",
                     "date-ordinal"],
                    header="Independent Review of Children's Safeguarding in Cornwall | OFFICIAL",
                    footer="Cornwall Council – Page {PAGE}")
    letter.particulars(ORG, "Independent review of children's safeguarding",
                       "Independent Review of Children's Safeguarding in Cornwall", "July and August 2019",
                       "2019-09-30", "Dr Gwen Trevithick-Nance", "Lead reviewer, independent social work consultant",
                       notes="Invented report. The executive summary's Ref | Recommendation table holds all seven "
                             "recommendations; each is repeated word for word in a box in its section and counted "
                             "once, with the executive summary's ref and group. The terms of reference are lines of "
                             "enquiry without answers. The appendix's analyst is not the lead.")
    letter.heading("Independent Review of Children's Safeguarding in Cornwall", 0)
    letter.lines("A report to Cornwall Council and the Cornwall and Isles of Scilly Safeguarding Children Partnership",
                 "Lead reviewer: Dr Gwen Trevithick-Nance", "30th September 2019")
    letter.pagebreak()
    letter.heading("Contents", 1)
    letter.table([["Section", "Page"], ["Executive summary", "2"], ["1. Introduction", "4"],
                  ["2. The front door", "5"], ["3. Help and protection", "7"],
                  ["4. Geography and rural practice", "8"], ["5. The workforce", "10"],
                  ["6. Partnership governance", "11"], ["Appendix: data", "12"]], widths=[7600, 2000])
    letter.pagebreak()
    letter.heading("Executive summary", 1)
    letter.paras("""
Cornwall Council commissioned this review in June 2019 to give the council and its partners an independent view of
how well children in Cornwall are safeguarded. The fieldwork took place during July and August 2019. The review team
met 180 people, read 45 case records and observed the multi-agency safeguarding hub over four days.

Children in Cornwall are, for the most part, well protected by a stable and committed workforce. The challenges are
those of a large rural county: distance, recruitment and the consistency of practice from one end of the county to
the other.
""")
    strengths = ["A stable workforce with low turnover.",
                 "Timely and well-recorded decisions in the hub.",
                 "Strong local relationships between teams and schools."]
    areas = ["Inconsistent thresholds across partners.",
             "No standard for visits to children in need.",
             "The time lost to travel in the west of the county.",
             "Slow recruitment of experienced social workers."]
    letter.blocks.append(Block("table", rows=[
        [[para("Key strengths", bold=True)], [para("Key areas for development", bold=True)]],
        [table_cell_list(strengths), table_cell_list(areas)]], header=True, widths=[4800, 4800]))
    letter.answer["summary_strengths"] += strengths
    letter.answer["summary_areas_for_consideration"] += areas
    letter.heading("Summary of recommendations", 2)
    recommendations_table(letter, ("Ref", "Recommendation"), RECS, group="Summary of recommendations",
                          widths=[900, 8700])
    letter.pagebreak()
    letter.heading("1. Introduction", 1)
    letter.para("The terms of reference asked the review to answer three questions:")
    letter.enquiries([
        "Are children in Cornwall getting the right help at the right time, wherever they live?",
        "Is the workforce strong enough to sustain good practice?",
        "Are the safeguarding partnership's arrangements effective?",
    ], style="bullet")
    letter.para("This report is organised in five themes:")
    letter.themes([s[0] for s in SECTIONS], style="List Number")
    text = dict(RECS)
    for n, (theme, refs, strengths, areas) in enumerate(SECTIONS, 2):
        letter.heading(f"{n}. {theme}", 1)
        letter.para(f"This section sets out the review's findings on {theme[0].lower() + theme[1:]}.")
        letter.para("STRENGTHS", bold=True)
        letter.findings(theme, STRENGTH, strengths, style="glyph")
        letter.para("AREAS FOR DEVELOPMENT", bold=True)
        letter.findings(theme, AREA, areas, style="glyph")
        for ref in refs:
            letter.blocks.append(Block("table", rows=[[[para(f"Recommendation {ref}", bold=True),
                                                        para(text[ref])]]], header=False, widths=[9600]))
    letter.heading("Appendix: data", 1)
    letter.table([["Measure", "Cornwall", "England"],
                  ["Referrals per 10,000 children", "512", "545"],
                  ["Re-referrals within 12 months", "19%", "23%"],
                  ["Social worker turnover", "11%", "15%"]], widths=[5000, 2300, 2300])
    letter.lines("Data prepared by Oliver Penhallow, Performance Analyst, Cornwall Council")
    return [letter]
