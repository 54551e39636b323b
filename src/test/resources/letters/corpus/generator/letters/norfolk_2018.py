"""An independent review of the move to new safeguarding partnership arrangements (invented): key lines of enquiry
with the reviewer's answer under each, recommendations gathered in an appendix table (No. | Recommendation), a
budget appendix prepared by the business manager."""
from model import Letter

ORG = "Norfolk Safeguarding Children Board"


def build():
    letter = Letter("norfolk-2018-independent-review", "new",
                    ["independent-review", "enquiries-as-headings-with-findings", "recommendations-in-appendix-table",
                     "budget-appendix-other-author", "fieldwork-between", "letter-date-long", "no-findings"],
                    header="Norfolk Safeguarding Children Board – Independent Review", footer="{PAGE}")
    letter.particulars(ORG, "Independent review of a Local Safeguarding Children Board",
                       "Independent Review: Preparing for the Norfolk Safeguarding Children Partnership",
                       "1 and 19 October 2018", "2018-11-26", "Jenny Kowalski", "Independent Reviewer",
                       notes="Invented report. The answers under each line of enquiry are its finding_summary.")
    letter.heading("Independent Review: Preparing for the Norfolk Safeguarding Children Partnership", 0)
    letter.lines("Jenny Kowalski, Independent Reviewer", "26th November 2018")
    letter.heading("Introduction", 1)
    letter.paras("""
Norfolk Safeguarding Children Board asked for an independent review to help the three safeguarding partners –
Norfolk County Council, Norfolk Constabulary and the five Norfolk clinical commissioning groups – design the new
partnership arrangements required by Working Together to Safeguard Children 2018. The review was carried out between
1 and 19 October 2018 and involved interviews with 22 senior leaders, two workshops with practitioners and a review
of Board documents.

The review was asked to answer four key lines of enquiry. My findings on each are set out below, and my
recommendations are gathered in Appendix 1.
""")
    letter.heading("Key lines of enquiry", 1)
    letter.enquiry_with_finding(
        "What should the new partnership keep from the current Board?",
        ["Partners value the Board's learning and improvement work, its multi-agency training and the quality of "
         "its safeguarding procedures. These should be kept, and the training offer should remain open to the "
         "voluntary sector."])
    letter.enquiry_with_finding(
        "How should the partnership be structured across a large county?",
        ["Practitioners and managers would prefer a structure based on the county's four localities, with a "
         "county-wide executive of the three partners. Several subgroups could be merged without loss."])
    letter.enquiry_with_finding(
        "How should relevant agencies, including schools, be involved?",
        ["Schools want a stronger voice and a clear route for raising concerns. Education should be named as a "
         "relevant agency with a seat at the executive.",
         "The voluntary sector asked for representation through the county's infrastructure organisation."])
    letter.enquiry_with_finding(
        "What independent scrutiny will the partners need?",
        ["An independent scrutineer, working alongside a programme of peer review and practitioner feedback, "
         "would give the partners the challenge they need."])
    letter.para("I would like to thank everyone who contributed to this review.")
    letter.lines("Jenny Kowalski", "Independent Reviewer")
    letter.pagebreak()
    letter.heading("Appendix 1: Recommendations", 1)
    letter.recommendation_table([
        ("1", "Keep the learning and improvement framework, multi-agency training and safeguarding procedures in "
              "the new arrangements."),
        ("2", "Organise the partnership around four locality groups reporting to a county executive of the three "
              "safeguarding partners."),
        ("3", "Merge the performance and quality assurance subgroups."),
        ("4", "Name education as a relevant agency with a seat at the executive."),
        ("5", "Agree voluntary sector representation through the county's infrastructure organisation."),
        ("6", "Appoint an independent scrutineer and agree a programme of peer review."),
    ], group="Appendix 1: Recommendations")
    letter.heading("Appendix 2: Budget 2018/19", 1)
    letter.table([["Partner", "Contribution (£)", "Share"],
                  ["Norfolk County Council", "287,000", "58%"],
                  ["Norfolk clinical commissioning groups", "141,000", "29%"],
                  ["Norfolk Constabulary", "52,000", "11%"],
                  ["Other agencies", "10,400", "2%"],
                  ["Total", "490,400", "100%"]], widths=[5000, 2600, 2000])
    letter.para("Prepared by Susan Clarke, Business Manager, Norfolk Safeguarding Children Board")
    return [letter]
