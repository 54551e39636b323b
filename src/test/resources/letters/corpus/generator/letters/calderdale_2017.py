"""An LGA safeguarding peer review letter (invented) with no heading styles at all: section headings are bold
paragraphs typed in capitals (the themes too, so a finding's theme is the capitalised heading as written), lists are
typed "-" bullets, summary under bold "KEY STRENGTHS" / "AREAS FOR CONSIDERATION", recommendations typed "1." .. in
plain paragraphs. Fieldwork "between 13 and 16 November 2017"; date "8th December 2017"."""
from model import AREA, Letter, STRENGTH

ORG = "Calderdale Metropolitan Borough Council"


def build():
    letter = Letter("calderdale-2017-peer-review", "new",
                    ["lga-peer-review", "no-heading-styles", "bold-capitals-paragraph-headings", "dash-bullets",
                     "themes-listed-as-bullets", "theme-headings-differ-in-case", "recommendations-typed-numbers",
                     "fieldwork-between", "letter-date-ordinal"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Children's safeguarding peer review (Local Government Association)",
                       "Children's Safeguarding Peer Review", "13 and 16 November 2017", "2017-12-08",
                       "Colin Barraclough", "Lead Peer, Local Government Association",
                       notes="Invented letter. No heading styles: headings are bold paragraphs in capitals. Themes "
                             "as listed (ordinary case); a finding's theme is its capitalised heading as written. "
                             "Recommendations typed '1.' .. in the text: refs 1 .. 5.")
    letter.para("8th December 2017")
    letter.lines("Kirsty Marchbank", "Director, Children and Young People's Services", ORG, "Northgate House",
                 "Northgate", "Halifax", "HX1 1UN")
    letter.para("Dear Kirsty")
    letter.para("CALDERDALE CHILDREN'S SAFEGUARDING PEER REVIEW", bold=True)
    letter.paras("""
Thank you for inviting the Local Government Association to carry out a peer review of children's safeguarding in
Calderdale. The team was on site between 13 and 16 November 2017. This letter confirms the findings we presented to
you and your colleagues on the final day.

The review covered the four themes of the LGA's safeguarding framework that you selected:
""")
    themes = ["Vision, strategy and leadership", "Effective practice and service delivery",
              "Working together", "Capacity and managing resources"]
    letter.themes(themes, style="dash")
    letter.para("KEY STRENGTHS", bold=True)
    letter.summary(STRENGTH, [
        "Strong political and corporate support for children's services, including protected budgets.",
        "A well-regarded Early Intervention Panel that brings partners together around families.",
        "Social workers who know their children well and are proud to work in Calderdale.",
    ], style="dash")
    letter.para("AREAS FOR CONSIDERATION", bold=True)
    letter.summary(AREA, [
        "The quality of assessments and plans is inconsistent.",
        "Management oversight is not always recorded.",
        "The Safeguarding Children Board does not yet have a clear view of the impact of its work.",
    ], style="dash")
    for theme, strengths, areas in [
        ("VISION, STRATEGY AND LEADERSHIP",
         ["The Children and Young People's Plan is understood by staff and partners."],
         ["Leaders' ambitions are not yet matched by a plan with measurable milestones."]),
        ("EFFECTIVE PRACTICE AND SERVICE DELIVERY",
         ["Direct work with children is creative, and children's voices come through in most files.",
          "The Multi-Agency Screening Team makes timely decisions."],
         ["Too many assessments describe events without analysing risk.",
          "Child in need plans are often not reviewed within timescales."]),
        ("WORKING TOGETHER",
         ["Partners describe relationships with the council as open and trusting."],
         ["Schools are not represented on the Board's subgroups."]),
        ("CAPACITY AND MANAGING RESOURCES",
         ["Vacancy rates have fallen to 9%."],
         ["Caseloads in the Duty and Assessment Team average 24, above the council's target of 18."]),
    ]:
        letter.para(theme, bold=True)
        letter.para("Strengths:")
        letter.findings(theme, STRENGTH, strengths, style="dash")
        letter.para("Areas for consideration:")
        letter.findings(theme, AREA, areas, style="dash")
    letter.para("RECOMMENDATIONS", bold=True)
    for ref, text in [
        ("1", "Turn the ambitions of the Children and Young People's Plan into an improvement plan with measurable "
              "milestones."),
        ("2", "Introduce an assessment practice standard and audit against it."),
        ("3", "Make sure that every child in need plan is reviewed at least every three months."),
        ("4", "Invite head teachers to join the Board's subgroups."),
        ("5", "Reduce caseloads in the Duty and Assessment Team to the council's target."),
    ]:
        letter.para(f"{ref}. {text}")
        letter.answer["priorities_or_recommendations"].append({"ref": ref, "text": text, "group": "RECOMMENDATIONS"})
    letter.para("Thank you again for the warm welcome the team received.")
    letter.para("Yours sincerely")
    letter.lines("Colin Barraclough", "Lead Peer", "Local Government Association")
    return [letter]
