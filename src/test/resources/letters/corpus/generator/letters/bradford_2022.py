"""A local child safeguarding practice review learning letter (invented) from the independent reviewer to the three
safeguarding partners: the review's questions as Word bullets, "Good practice" as typed "•" bullets (the summary
strengths), "Learning points" as typed "-" bullets (the summary areas), "Recommendations for the partnership" Word
numbered. No themes. Practitioner events "on 5 and 6 April 2022"; date "14th July 2022"."""
from model import AREA, Letter, STRENGTH

ORG = "Bradford District Safeguarding Children Partnership"


def build():
    letter = Letter("bradford-2022-rapid-review-learning-letter", "new",
                    ["child-safeguarding-practice-review", "learning-letter", "terms-of-reference-questions",
                     "heading-good-practice", "heading-learning-points", "heading-recommendations-for-the-partnership",
                     "glyph-bullets", "dash-bullets", "word-numbered-recommendations", "no-themes",
                     "fieldwork-two-days", "letter-date-ordinal"],
                    header="OFFICIAL – Child Safeguarding Practice Review: Child M", footer="Page {PAGE} of {NUMPAGES}")
    letter.particulars(ORG, "Local child safeguarding practice review (learning letter)",
                       "Local Child Safeguarding Practice Review: Child M – Learning Letter", "5 and 6 April 2022",
                       "2022-07-14", "Frances Oakley", "Independent Lead Reviewer",
                       notes="Invented letter. No themes. 'Good practice' is read as the summary strengths and "
                             "'Learning points' as the summary areas for consideration; 'Recommendations for the "
                             "partnership' are the recommendations. The review's questions are its lines of "
                             "enquiry, not answered one by one.")
    letter.para("14th July 2022")
    letter.lines("The Safeguarding Partners", ORG, "c/o Partnership Business Unit", "Britannia House", "Hall Ings",
                 "Bradford", "BD1 1HX")
    letter.para("Dear Safeguarding Partners")
    letter.para("Local Child Safeguarding Practice Review: Child M – Learning Letter", bold=True)
    letter.paras("""
Following the rapid review held in January 2022, the safeguarding partners agreed that a local child safeguarding
practice review should be carried out into the circumstances of Child M, a 14-year-old girl who was seriously
harmed while missing from home. You asked me to lead the review. This letter sets out the learning in a form that
can be shared with practitioners; the full report will be published once criminal proceedings have concluded.

The review used a learning-together approach. I read the chronologies of seven agencies and met the practitioners
who worked with Child M and her family at two learning events on 5 and 6 April 2022. Child M's mother also
contributed to the review, and I am grateful to her.

The review set out to answer three questions:
""")
    letter.enquiries([
        "How well did agencies recognise and respond to the risk of child criminal exploitation?",
        "Were Child M's episodes of going missing understood as a sign of harm?",
        "How effectively did agencies share information across the boundary with a neighbouring authority?",
    ])
    letter.heading("Good practice", 1)
    letter.para("The review found examples of good practice, including:")
    letter.summary(STRENGTH, [
        "Child M's school kept a place open for her and her head of year stayed in touch throughout.",
        "The police missing person coordinator identified a pattern in Child M's missing episodes and raised it "
        "at the multi-agency child exploitation meeting.",
        "Her youth worker built a relationship with Child M that she described as the one she trusted most.",
    ], style="glyph")
    letter.heading("Learning points", 1)
    letter.summary(AREA, [
        "Return home interviews were offered but not completed on five of nine occasions, and no one followed up "
        "why.",
        "Information about adults linked to Child M was held by the police in the neighbouring authority and did "
        "not reach Bradford until after she was harmed.",
        "The child exploitation screening tool was completed three times, each time by a different agency, with "
        "different results that were never compared.",
        "Practitioners were not confident about when to use the National Referral Mechanism.",
    ], style="dash")
    letter.heading("Recommendations for the partnership", 1)
    letter.recommendations([
        "The partnership should seek assurance that every return home interview not completed is followed up "
        "within five working days.",
        "The safeguarding partners should agree an information-sharing protocol on exploitation with neighbouring "
        "partnerships.",
        "The exploitation screening tool should be held in one place and reviewed at each multi-agency meeting.",
        "The partnership should provide practitioner briefings on the National Referral Mechanism.",
    ], group="Recommendations for the partnership", refs="auto")
    letter.paras("""
I would ask that the partnership's response to these recommendations is reported to the Executive in October 2022,
and that this letter is shared with the practitioners who took part.
""")
    letter.para("Yours sincerely")
    letter.lines("Frances Oakley", "Independent Lead Reviewer")
    return [letter]
