"""Peer review feedback sent as an email (invented): From / Sent / To / Cc / Subject lines, a first-name greeting,
no headings, the team's findings as two lists after lead-in sentences ("What the team saw as strengths:" / "Things
we think you should look at:"), recommendations typed "1)" .. "4)" in plain paragraphs, "Thanks," and a signature
block. The themes are named in a sentence but the findings are not split by them (no detailed findings). Fieldwork
"on 5, 6 and 7 July 2022"; the email's Sent date (with a time) is the letter date."""
from model import AREA, Letter, STRENGTH

ORG = "Somerset County Council"


def build():
    letter = Letter("somerset-2022-peer-review-feedback-email", "new",
                    ["email-style", "from-sent-to-subject", "few-headings", "lead-in-summary-lists",
                     "recommendations-typed-paren", "themes-in-sentence-no-headings", "fieldwork-list-of-days",
                     "sent-date-with-time", "first-name-sign-off"], header=None, footer=None)
    letter.particulars(ORG, "Children's safeguarding peer review (regional)", "Peer review feedback – Somerset",
                       "5, 6 and 7 July 2022", "2022-07-14", "Ruth Carrow-Mendes",
                       "Peer review lead, Assistant Director, Safeguarding, a South West council",
                       notes="Invented email. No headings: the summary lists follow lead-in sentences, and the "
                             "themes named in a sentence have no findings of their own, so framework_themes is "
                             "empty and there are no detailed findings. The Sent date is the letter date. "
                             "Recommendations typed '1)' .. '4)': refs 1 .. 4, grouped by their lead-in.")
    letter.lines("From: Ruth Carrow-Mendes",
                 "Sent: 14 July 2022 16:32",
                 "To: Imogen Salter (Director of Children's Services)",
                 "Cc: Liam Okafor-Rhodes; South West ADCS peer review coordinator",
                 "Subject: Peer review feedback – Somerset")
    letter.para("")
    letter.para("Hi Imogen,")
    letter.paras("""
As promised, here is a written summary of the feedback we gave you on the Thursday afternoon. Thanks again to you
and everyone at Somerset County Council for making us so welcome on 5, 6 and 7 July 2022 – it was a real pleasure to spend three days in
Taunton and Yeovil.

As agreed, we spent our time on the front door, child protection practice and the support for young carers, and we
read 20 case files with your practice leads.

What the team saw as strengths:
""")
    letter.summary(STRENGTH, [
        "Practitioners who are proud to work in Somerset and who know their families well.",
        "A really strong early help offer through the family hubs, valued by schools.",
        "Practice leads who audit alongside social workers rather than marking their work.",
        "Young carers who told us they feel listened to by the young carers' service.",
    ], style="bullet")
    letter.para("Things we think you should look at:")
    letter.summary(AREA, [
        "Strategy discussions in the west of the county often go ahead without health.",
        "Case recording is behind in two teams, so the record does not always show the work being done.",
        "Managers' decisions to step down from child protection are not always explained to families.",
    ], style="bullet")
    letter.para("Our recommendations would be:")
    for ref, text in [
        ("1", "Agree with the designated nurse how health will join every strategy discussion, including by phone."),
        ("2", "Give the two teams a short, time-limited plan to bring recording up to date."),
        ("3", "Write to families, in plain English, whenever a child protection plan ends."),
        ("4", "Share the practice leads' audit approach across the whole service."),
    ]:
        letter.para(f"{ref}) {text}")
        letter.answer["priorities_or_recommendations"].append(
            {"ref": ref, "text": text, "group": "Our recommendations would be"})
    letter.paras("""
Happy to talk any of this through – just give me a ring. We'll send you the short evaluation form from the ADCS
region next week.
""")
    letter.para("Thanks,")
    letter.para("Ruth")
    letter.lines("Ruth Carrow-Mendes",
                 "Assistant Director, Safeguarding and Quality Assurance",
                 "Peer review lead, South West ADCS")
    return [letter]
