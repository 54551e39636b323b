"""An LGA peer challenge on adolescent safeguarding (invented), written without Word heading styles: every heading
is a bold paragraph. Key lines of enquiry typed "KLOE 1:" .. each with the team's answer, findings per theme under
bold "Strengths" / "Areas for development" paragraphs, key recommendations with sub-points, "Best wishes"."""
from model import AREA, Item, Letter, STRENGTH

ORG = "London Borough of Barking and Dagenham"


def build():
    letter = Letter("barking-and-dagenham-2022-adolescent-safeguarding-peer-challenge", "new",
                    ["lga-peer-challenge", "organisation-lower-case-words", "bold-paragraph-headings",
                     "kloe-labels-with-findings", "per-theme-bold-subheadings", "recommendations-with-sub-points",
                     "fieldwork-en-dash-range", "best-wishes-sign-off", "numpr-bullets", "word-numbered-recommendations"],
                    header=None, footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Children's safeguarding peer challenge: adolescents (Local Government Association)",
                       "Adolescent Safeguarding Peer Challenge", "21 – 24 February 2022", "2022-03-14", "Dr Femi Adeyemi",
                       "Lead peer, Local Government Association", notes="Invented letter.")
    letter.para("14 March 2022")
    letter.lines("Elaine Allegretti", "Strategic Director, Children and Adults", ORG, "Barking Town Hall",
                 "1 Town Square", "Barking", "IG11 7LU")
    letter.para("Dear Elaine")
    letter.para("Adolescent safeguarding peer challenge, 21 – 24 February 2022", bold=True)
    letter.paras("""
Thank you for inviting the Local Government Association to undertake a peer challenge of the borough's work to
safeguard adolescents. The peer team was on site from 21 – 24 February 2022, with some meetings held online. We spoke
with 96 people, including eleven young people, and read 16 case files.

The challenge was framed around three themes agreed with you beforehand: contextual safeguarding, the response to
exploitation and serious youth violence, and transitions to adulthood. You also set three key lines of enquiry. Our
answers to them come first; our findings under each theme and our recommendations follow.
""")
    letter.para("Key lines of enquiry", bold=True)
    letter.enquiry_with_finding(
        "How well does our contextual safeguarding approach identify and reduce risk outside the home?",
        ["The approach is well understood by social workers and youth practitioners, and peer and place "
         "assessments are used creatively. Partners outside children's services, including housing and community "
         "safety, are less familiar with it."], level=None, label="KLOE 1:")
    letter.enquiry_with_finding(
        "Do partners share information quickly enough when a young person is at risk of exploitation?",
        ["Information is shared well at the daily risk meeting. Outside that meeting, sharing depends on personal "
         "relationships and is slower, particularly with schools outside the borough."], level=None,
        label="KLOE 2:")
    letter.enquiry_with_finding(
        "Are young people supported well as they move into adulthood?",
        ["Support for care leavers is good. Young people who are not in care but are at risk of exploitation often "
         "lose their support at 18."], level=None, label="KLOE 3:")
    for theme, strengths, areas in [
        ("Contextual safeguarding",
         ["Practitioners can describe the approach and use peer and place assessments.",
          "Detached youth work is well targeted at places of concern."],
         ["Housing and community safety colleagues are not yet part of the approach.",
          "Place assessments are not reviewed once the immediate concern has passed."]),
        ("Exploitation and serious youth violence",
         ["The daily risk meeting is well attended and decisive.",
          "The Youth Justice Service and the police work well together on diversion."],
         ["Return home interviews are not always completed within 72 hours.",
          "The partnership's data on exploitation is held in several places and is hard to bring together."]),
        ("Transitions to adulthood",
         ["Personal advisers are persistent and young people trust them.",
          "Joint work with adult social care for disabled young people starts at 14."],
         ["There is no transitions pathway for young people at risk of exploitation who are not in care."]),
    ]:
        letter.para(theme, bold=True)
        letter.para("Strengths", bold=True)
        letter.findings(theme, STRENGTH, strengths)
        letter.para("Areas for development", bold=True)
        letter.findings(theme, AREA, areas)
    letter.answer["framework_themes"] = ["Contextual safeguarding", "Exploitation and serious youth violence",
                                         "Transitions to adulthood"]
    letter.para("Key recommendations", bold=True)
    letter.recommendations([
        Item("Extend contextual safeguarding training and practice to:", [
            "housing officers and the community safety team",
            "schools and colleges outside the borough that Barking and Dagenham pupils attend",
        ]),
        "Bring the partnership's exploitation data into one dashboard reviewed monthly by the safeguarding "
        "partners.",
        "Complete return home interviews within 72 hours and report performance to the partnership.",
        "Agree a transitions pathway, with adult services, for young people at risk of exploitation who are not in "
        "care.",
    ], group="Key recommendations", style="number", refs="auto")
    letter.paras("""
Thank you again for the openness of everyone we met. We have offered to return in about nine months to see how the
recommendations are being taken forward.
""")
    letter.para("Best wishes")
    letter.lines("Dr Femi Adeyemi", "Lead peer", "Local Government Association")
    return [letter]
