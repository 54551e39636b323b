"""A joint targeted area inspection letter (invented) on children living with domestic abuse: addressed by role to
the area's leaders, the inspection dates "from 3 to 7 June 2019" in the first paragraph, numbered paragraphs that run
through the whole letter (Word numbering, one list restarted nowhere), "Key strengths" and "Case study: highly
effective practice" and "Areas for improvement" as Heading 2s, the areas for improvement (what the agencies plan
against, so the recommendations, refs the paragraph numbers) continuing the numbering after the strengths, "Next
steps", and the four inspectorates' directors signing in a two-by-two table. The lead inspector is named only in the
closing paragraph. No themes, no per-agency findings."""
from letters._kit import para
from model import Block, Item, Letter, STRENGTH, plain

ORG = "Sandwell Metropolitan Borough Council"
TITLE = "Joint targeted area inspection of the multi-agency response to children living with domestic abuse in Sandwell"

STRENGTHS = [
    "Leaders across the partnership have made domestic abuse a shared priority, and this is reflected in the "
    "commissioning of services for children.",
    "The multi-agency safeguarding hub provides a prompt response to police notifications of domestic abuse, and "
    "decisions are made within 24 hours.",
    "Specialist domestic abuse workers are based in the children's trust's assessment teams and give practical advice "
    "to social workers.",
    "Health visitors routinely ask mothers about domestic abuse and record the response.",
    "The multi-agency risk assessment conference is well attended and actions are followed up.",
]

AREAS = [
    "The response to children when domestic abuse is notified by the police at weekends is slower than during the "
    "week.",
    "Perpetrators are not routinely identified in children's records, and work to change their behaviour is "
    "limited.",
    "Schools do not consistently receive information about domestic abuse incidents the morning after they occur.",
    "Assessments in adult mental health services do not consider the impact of a parent's domestic abuse on children.",
    "The partnership does not know how many children are living with domestic abuse in the area.",
]


def build():
    letter = Letter("sandwell-2019-joint-targeted-area-inspection", "new",
                    ["jtai-letter", "addressees-by-role", "fieldwork-from-to", "numbered-paragraphs-throughout",
                     "word-numbering-continues-across-sections", "areas-for-improvement-as-recommendations",
                     "refs-are-paragraph-numbers", "case-study-heading", "signatories-two-by-two-table",
                     "lead-named-at-end", "no-themes"],
                    header=None, footer="{PAGE}")
    letter.particulars(ORG, "Joint targeted area inspection (Ofsted, CQC, HMICFRS, HMI Probation)", TITLE,
                       "3 to 7 June 2019", "2019-07-16", "Jasmine Oduya-Fletcher",
                       "Her Majesty's Inspector (lead inspector), Ofsted",
                       notes="Invented letter. Every paragraph of the letter is one Word-numbered list running "
                             "1 .. n; the key strengths are the summary strengths, the areas for improvement are the "
                             "recommendations (refs their paragraph numbers). No themes and no per-agency findings. "
                             "The lead inspector is named in the closing paragraph; four directors sign.")
    letter.para("16 July 2019")
    letter.lines("Director of Children's Services, Sandwell Metropolitan Borough Council",
                 "Chief Executive, Sandwell Children's Trust",
                 "Accountable Officer, Sandwell and West Birmingham Clinical Commissioning Group",
                 "Chief Constable, West Midlands Police",
                 "Police and Crime Commissioner for the West Midlands",
                 "Head of Black Country National Probation Service",
                 "Chair, Sandwell Children's Safeguarding Partnership")
    letter.heading(TITLE, 1)
    numbered = []

    def numbered_paras(texts):
        entries = [Item(t) for t in texts]
        numbered.extend(entries)
        letter.blocks.append(Block("list", items=entries, style="number", numbered=True, continues=True))
        return entries

    # Word numbering that runs through the letter: one num for every numbered paragraph.
    numbered_paras([
        "From 3 to 7 June 2019, Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire & Rescue "
        "Services (HMICFRS) and HMI Probation (HMIP) undertook a joint inspection of the multi-agency response to "
        "children living with domestic abuse in Sandwell.",
        "This letter to all the services inspected outlines our findings about the effectiveness of partnership "
        "working and of the work of individual agencies in Sandwell.",
    ])
    letter.heading("Key strengths", 2)
    numbered_paras(STRENGTHS)
    letter.answer["summary_strengths"] += [plain(t) for t in STRENGTHS]
    letter.heading("Case study: highly effective practice", 2)
    letter.blocks.append(Block("table", rows=[[[para(
        "A young person disclosed to her school nurse that her mother's partner had been violent the previous "
        "evening. The nurse spoke to the designated safeguarding lead and the hub within the hour. A joint visit by "
        "a social worker and a police officer took place the same afternoon, and a safety plan was agreed with the "
        "mother that evening.")]]], header=False, widths=[9600]))
    letter.heading("Areas for improvement", 2)
    first = len(numbered) + 1
    numbered_paras(AREAS)
    for i, text in enumerate(AREAS):
        letter.answer["priorities_or_recommendations"].append(
            {"ref": str(first + i), "text": plain(text), "group": "Areas for improvement"})
    letter.heading("Next steps", 2)
    numbered_paras([
        "The director of children's services should prepare a written statement of proposed action responding to "
        "the findings outlined in this letter. This should be a multi-agency response involving the clinical "
        "commissioning group and health providers, the police, and probation services.",
        "The response should set out the actions for the partnership and, when appropriate, individual agencies. "
        "The statement should be sent to Ofsted by 22 October 2019.",
        "Ofsted's lead inspector for this inspection was Jasmine Oduya-Fletcher, Her Majesty's Inspector.",
    ])
    letter.para("Yours sincerely")
    letter.blocks.append(Block("table", rows=[
        [[para("Ofsted")], [para("Care Quality Commission")]],
        [[para("Yvette Stanley-Marsh"), para("National Director, Social Care")],
         [para("Dr Owen Bakshi"), para("Deputy Chief Inspector, Primary Medical Services")]],
        [[para("HMI Constabulary and Fire & Rescue Services")], [para("HMI Probation")]],
        [[para("Wendy Carrick-Moss"), para("HM Inspector of Constabulary")],
         [para("Hamid Ellery"), para("Assistant Chief Inspector")]],
    ], header=False, widths=[4800, 4800]))
    return [letter]
