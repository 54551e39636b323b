"""The Thurrock 2010 peer review letter (answers: the shared ground truth) written out again in two other layouts.
The seed's summary lists come from the committee report that covered the letter; here the letter carries them."""
from model import AREA, Item, Letter, STRENGTH
from letters._truth import nest, truth

T = truth("thurrock-2010-peer-review.json")
ORG = "Thurrock Council"
STRENGTHS = [f["text"] for f in T["detailed_findings"] if f["kind"] == "strength"]
AREAS = [f["text"] for f in T["detailed_findings"] if f["kind"] != "strength"]
# The seed letter's three examples of effective practice: a list between the eighth and the last strength paragraph.
EXAMPLES = STRENGTHS[8:11]
THANKS = ("Thank you for taking part in the Children's Services Safeguarding Peer Review. On behalf of the review "
          "team I would like to thank you, your staff and your partners for welcoming us in and engaging in the "
          "process. We felt that the people we spoke to were open and honest and engaged fully in the review.")
NOT_INSPECTION = ("It is important to say again that this was not an inspection. The peer team used their "
                  "experience to reflect on the evidence you and everyone involved in the review process presented "
                  "to us. The focus of our feedback was on assisting you to both sustain and improve on current "
                  "levels of performance.")
AREAS_INTRO = ("As noted above, there are significant areas of good practice and strength with regards to "
               "safeguarding children and young people in Thurrock. However, there are a number of issues which we "
               "would recommend Thurrock consider in order to both enhance delivery of high quality service and to "
               "prepare itself for its forthcoming inspection.")
CLOSE = ("I hope that the above points are helpful in your drive towards delivering improved safeguarding services "
         "for the children and young people of Thurrock. I would be happy to discuss further any of the points "
         "raised. Thank you again to everyone for their participation.")


def particulars(letter, fieldwork):
    letter.particulars(ORG, T["review_type"], T["title"], fieldwork, "2010-09-29", "Paul Curran",
                       "Head of Safeguarding Programme, Local Government Improvement and Development",
                       notes="Rewrite of the Thurrock 2010 seed letter in another layout.")


def address(letter):
    letter.lines("Jo Olsson", "Director of Children's Services", ORG, "Civic Offices", "New Road", "Grays", "Essex",
                 "RM17 6SL")
    letter.para("29 September 2010")
    letter.para("Dear Jo")


def strengths_in_prose(letter, theme, style):
    letter.finding_paras(theme, STRENGTH, STRENGTHS[:8])
    letter.para("The team found many examples of effective practice – in particular:")
    letter.findings(theme, STRENGTH, EXAMPLES, style=style)
    letter.finding_paras(theme, STRENGTH, STRENGTHS[11:])


def list_styles():
    """Summaries and priorities in Word's List Bullet / List Bullet 2 / List Number styles; "Key strengths
    included" and "What could be better" for the summary headings; prose findings under two headings."""
    letter = Letter("thurrock-2010-list-styles", "seed-layout",
                    ["list-bullet-style", "list-number-style", "heading-key-strengths-included",
                     "heading-what-could-be-better", "prose-findings", "sub-bullets", "fieldwork-in-sentence"],
                    header="Children's Services Safeguarding Peer Review – Thurrock Council", letter="thurrock-2010")
    particulars(letter, "6 – 10 September 2010")
    address(letter)
    letter.para(THANKS)
    letter.para("The review took place from 6 – 10 September 2010 and focused on the six key Signposts of the "
                "safeguarding framework:")
    letter.themes(T["framework_themes"], style="List Bullet")
    letter.para(NOT_INSPECTION)
    letter.heading("Key strengths included", 2)
    letter.summary(STRENGTH, nest(T["summary_strengths"], {8: [9, 10]}), style="List Bullet")
    letter.heading("What could be better", 2)
    letter.summary(AREA, T["summary_areas_for_consideration"], style="List Bullet")
    letter.heading("Overall strengths", 2)
    strengths_in_prose(letter, "Overall strengths", "List Bullet")
    letter.heading("Overall areas for further consideration", 2)
    letter.para(AREAS_INTRO)
    letter.finding_paras("Overall areas for further consideration", AREA, AREAS)
    letter.heading("Key priorities", 2)
    letter.para("The following issues were identified by the authority and partners during the feedback and "
                "prioritisation conference on the final day of the review:")
    letter.recommendations([p["text"] for p in T["priorities_or_recommendations"]], group="Key priorities",
                           style="List Number", refs="auto")
    letter.para(CLOSE)
    letter.para("Yours sincerely")
    letter.lines("Paul Curran", "Head of Safeguarding Programme", "Local Government Improvement and Development",
                 "On behalf of the review team")
    return letter


def appendix():
    """Numbered paragraphs under numbered headings, "What is going well" / "Even better if" summaries, and the
    priorities as "Key messages" in an appendix after the signature."""
    letter = Letter("thurrock-2010-numbered-appendix", "seed-layout",
                    ["numbered-paragraphs", "heading-what-is-going-well", "heading-even-better-if",
                     "recommendations-in-appendix", "heading-key-messages", "numpr-bullets", "fieldwork-between"],
                    footer="Page {PAGE}", letter="thurrock-2010")
    particulars(letter, "6 and 10 September 2010")
    address(letter)
    letter.heading("1. Introduction", 1)
    letter.para("1.1 " + THANKS)
    letter.para("1.2 The peer review team was on site between 6 and 10 September 2010. As you know the review "
                "focused on the six key Signposts and the specific areas you asked the team to explore:")
    letter.themes(T["framework_themes"], style="bullet")
    letter.para("1.3 " + NOT_INSPECTION)
    letter.heading("2. Summary", 1)
    letter.heading("What is going well", 2)
    letter.summary(STRENGTH, nest(T["summary_strengths"], {8: [9, 10]}), style="bullet")
    letter.heading("Even better if", 2)
    letter.summary(AREA, T["summary_areas_for_consideration"], style="bullet")
    letter.heading("3. Overall strengths", 1)
    for n, text in enumerate(STRENGTHS[:8], 1):
        letter.para(f"3.{n} {text}")
        letter.finding("Overall strengths", STRENGTH, text)
    letter.para("3.9 The team found many examples of effective practice – in particular:")
    letter.findings("Overall strengths", STRENGTH, EXAMPLES, style="bullet")
    letter.para(f"3.10 {STRENGTHS[11]}")
    letter.finding("Overall strengths", STRENGTH, STRENGTHS[11])
    letter.heading("4. Overall areas for further consideration", 1)
    letter.para("4.1 " + AREAS_INTRO)
    for n, text in enumerate(AREAS, 2):
        letter.para(f"4.{n} {text}")
        letter.finding("Overall areas for further consideration", AREA, text)
    letter.para(CLOSE + " The key messages agreed at the prioritisation conference are set out in the appendix.")
    letter.para("Yours sincerely")
    letter.lines("Paul Curran", "Head of Safeguarding Programme", "Local Government Improvement and Development")
    letter.pagebreak()
    letter.heading("Appendix A: Key messages", 1)
    letter.para("The following issues were identified by the authority and partners during the feedback and "
                "prioritisation conference on the final day of the review.")
    letter.recommendations([p["text"] for p in T["priorities_or_recommendations"]], group="Key messages",
                           style="bullet", numbered=False)
    return letter


def build():
    return [list_styles(), appendix()]
