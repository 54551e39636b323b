package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;
import uk.councils.reviewtracker.letters.document.Block.Heading;
import uk.councils.reviewtracker.letters.document.Block.ListItem;
import uk.councils.reviewtracker.letters.document.LetterDocument;
import uk.councils.reviewtracker.letters.document.Source;

/** Layouts the shared seeds do not show, written the ways other councils' letters are. */
class LetterExtractorTest {

    @Test
    void themeHeadingsWithStrengthsAndAreasUnderEachGiveDetailedFindingsByTheme() {
        LetterExtraction letter = LetterExtractor.extract("""
                14 June 2024

                Dear Ms Smith

                RE: CHILDREN'S SAFEGUARDING PEER CHALLENGE

                The peer challenge focused on the following themes:

                1. Leadership, accountability and culture
                2. Effective practice

                Leadership, accountability and culture

                Strengths

                • Senior leaders know their services well.
                • Partners describe a shared vision

                Areas for further consideration

                • The improvement board meets too rarely.

                Effective practice

                Strengths

                * Assessments are timely.

                Areas for consideration

                * Supervision is not always recorded.

                Yours sincerely

                Jane Doe
                Peer Challenge Manager, Local Government Association
                """, "letter.txt");

        assertThat(letter.frameworkThemes()).containsExactly("Leadership, accountability and culture",
                "Effective practice");
        assertThat(letter.summaryStrengths()).isEmpty();
        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Leadership, accountability and culture", "strength",
                        "Senior leaders know their services well."),
                new DetailedFinding("Leadership, accountability and culture", "strength",
                        "Partners describe a shared vision"),
                new DetailedFinding("Leadership, accountability and culture", "area_for_consideration",
                        "The improvement board meets too rarely."),
                new DetailedFinding("Effective practice", "strength", "Assessments are timely."),
                new DetailedFinding("Effective practice", "area_for_consideration",
                        "Supervision is not always recorded."));
        assertThat(letter.title()).isEqualTo("Children's Safeguarding Peer Challenge");
        assertThat(letter.letterOrReportDate()).isEqualTo("2024-06-14");
        assertThat(letter.reviewerLead()).isEqualTo("Jane Doe");
        assertThat(letter.reviewerRoleOrg()).isEqualTo("Peer Challenge Manager, Local Government Association");
    }

    @Test
    void numberedRecommendationsKeepTheirRefsAndLinesCarriedOn() {
        LetterExtraction letter = LetterExtractor.extract("""
                Key lines of enquiry

                (1) How well does the front door work?
                (2) Are child in need plans effective?

                Recommendations

                R1. Agree a single improvement plan.
                R2. Review the threshold document
                    with all partners.
                (3) Report progress to scrutiny every quarter.
                """, "letter.txt");

        assertThat(letter.linesOfEnquiry()).extracting(LineOfEnquiry::question)
                .containsExactly("How well does the front door work?", "Are child in need plans effective?");
        assertThat(letter.prioritiesOrRecommendations()).containsExactly(
                new Priority("R1", "Agree a single improvement plan.", "Recommendations"),
                new Priority("R2", "Review the threshold document with all partners.", "Recommendations"),
                new Priority("3", "Report progress to scrutiny every quarter.", "Recommendations"));
    }

    @Test
    void linesOfEnquiryWrittenAsHeadingsTakeTheFindingsThatFollow() {
        LetterExtraction letter = LetterExtractor.extract("""
                Line of enquiry 1: How effective is the early help offer?

                Schools use early help well.

                Health visitors are less involved.

                Line of enquiry 2: How well do partners challenge each other?

                Challenge is informal and rarely recorded.
                """, "letter.txt");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("How effective is the early help offer?",
                        "Schools use early help well. Health visitors are less involved."),
                new LineOfEnquiry("How well do partners challenge each other?",
                        "Challenge is informal and rarely recorded."));
    }

    @Test
    void aBulletBrokenByAPageBreakIsJoinedAndSubBulletsFollowTheirParent() {
        LetterExtraction letter = LetterExtractor.extract("""
                Summary of strengths

                - Leaders are <b>visible</b> and trusted
                - **Strong** partnership working, including:
                    - joint commissioning
                    - shared training
                - Children's voices shape services and the



                participation team is highly valued

                The team thanks everyone who took part.
                """, "letter.txt");

        assertThat(letter.summaryStrengths()).containsExactly("Leaders are visible and trusted",
                "Strong partnership working, including:", "joint commissioning", "shared training",
                "Children's voices shape services and the participation team is highly valued");
    }

    @Test
    void aTableOfThemesIntroducedBySentenceGivesOneFindingPerCellUnlessItsBulletsRanTogether() {
        LetterExtraction letter = LetterExtractor.extract("""
                The peer team identified the following strengths:

                Leadership\tStrong and visible leadership from the DCS. The lead member knows the service well.
                Practice\tAssessments are timely and of good quality There is regular recorded supervision
                \t- Managers audit cases every month

                Priorities for the council

                - Publish the improvement plan
                """, "letter.txt");

        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Leadership", "strength",
                        "Strong and visible leadership from the DCS. The lead member knows the service well."),
                new DetailedFinding("Practice", "strength", "Assessments are timely and of good quality"),
                new DetailedFinding("Practice", "strength", "There is regular recorded supervision"),
                new DetailedFinding("Practice", "strength", "Managers audit cases every month"));
        assertThat(letter.frameworkThemes()).containsExactly("Leadership", "Practice");
        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text)
                .containsExactly("Publish the improvement plan");
    }

    @Test
    void eachEntryKeepsThePassageItWasReadFrom() {
        LetterExtraction letter = LetterExtractor.extract("""
                Areas for consideration

                - Improve the
                  recording of supervision
                """, "letter.txt");

        assertThat(letter.summaryAreasForConsideration()).containsExactly("Improve the recording of supervision");
        assertThat(letter.sources().get("summary_areas_for_consideration"))
                .singleElement().satisfies(passage -> {
                    assertThat(passage.firstLine()).isEqualTo(3);
                    assertThat(passage.lastLine()).isEqualTo(4);
                    assertThat(passage.text()).isEqualTo("- Improve the\nrecording of supervision");
                });
    }

    @Test
    void aPdfsTabSeparatedFindingsTableWithHtmlFragmentsKeepsKindAndTheme() {
        LetterExtraction letter = LetterExtractor.extract("""
                Detailed findings

                Theme\tStrengths\tAreas for further consideration
                Leadership\t<ul><li>Leaders are visible</li><li>The board is strong</li></ul>\t<p>The plan is out of date</p>
                Practice\t<ul><li>Assessments are timely</li></ul>\t<ul><li>Supervision is not recorded</li></ul>

                We thank everyone who took part.
                """, "letter.txt");

        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Leadership", "strength", "Leaders are visible"),
                new DetailedFinding("Leadership", "strength", "The board is strong"),
                new DetailedFinding("Leadership", "area_for_consideration", "The plan is out of date"),
                new DetailedFinding("Practice", "strength", "Assessments are timely"),
                new DetailedFinding("Practice", "area_for_consideration", "Supervision is not recorded"));
    }

    @Test
    void aSummaryListEndsWhereATableBegins() {
        LetterExtraction letter = LetterExtractor.extract("""
                Summary areas for consideration

                - Publish the improvement plan
                - Record supervision
                Outcomes\tChildren are safe and outcomes are improving
                \t- Schools use early help well
                """, "letter.txt");

        assertThat(letter.summaryAreasForConsideration()).containsExactly("Publish the improvement plan",
                "Record supervision");
    }

    @Test
    void numberedParagraphsOfANumberedRecommendationsSectionAreItsRecommendations() {
        LetterExtraction letter = LetterExtractor.extract("""
                2. Key recommendations

                At the workshop you and your partners agreed the following.

                2.1 Draw up a simple road map

                2.2 Report progress to scrutiny every quarter

                3. Conclusion

                3.1 We thank everyone who took part in the review.
                """, "letter.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::ref, Priority::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.1", "Draw up a simple road map"),
                org.assertj.core.groups.Tuple.tuple("2.2", "Report progress to scrutiny every quarter"));
    }

    @Test
    void particularsKeepLowerCaseWordsOfANameTheSignatoryAndFieldworkRanges() {
        LetterExtraction letter = LetterExtractor.extract("""
                Director of Children's Services
                Kingston upon Hull City Council

                Dear Director

                The peer team was on site between 4 and 8 March 2019 and met more than 100 people.

                Yours sincerely

                Jane Doe
                Peer Review Manager, Local Government Association

                Appendix 1: the peer team

                Yours sincerely

                John Smith
                Programme Adviser
                """, "letter.txt");

        assertThat(letter.organisation()).isEqualTo("Kingston upon Hull City Council");
        assertThat(letter.fieldworkOrReviewDates()).isEqualTo("4 and 8 March 2019");
        assertThat(letter.reviewerLead()).isEqualTo("Jane Doe");
        assertThat(LetterExtractor.extract("The review took place on 27 – 31 May 2019 at the council.",
                "letter.txt").fieldworkOrReviewDates()).isEqualTo("27 – 31 May 2019");
    }

    @Test
    void aSectionThatGaveNothingIsNamedInTheWarnings() {
        LetterExtraction letter = LetterExtractor.extract("""
                Summary strengths

                - Leaders know their services well
                """, "letter.txt");

        assertThat(letter.warnings().values())
                .anyMatch(warning -> warning.startsWith("No recommendations were found"))
                .anyMatch(warning -> warning.startsWith("No detailed findings were found"))
                .noneMatch(warning -> warning.startsWith("No summary"));
    }

    @Test
    void otherHeadingsForTheSameSectionsAreRead() {
        LetterExtraction letter = LetterExtractor.extract("""
                What is going well

                - Leaders know their services well

                Even better if

                - Supervision were recorded

                Appendix A: Key messages

                - Agree one improvement plan
                """, "letter.txt");

        assertThat(letter.summaryStrengths()).containsExactly("Leaders know their services well");
        assertThat(letter.summaryAreasForConsideration()).containsExactly("Supervision were recorded");
        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text)
                .containsExactly("Agree one improvement plan");
    }

    @Test
    void strengthsAndAreasIntroducedUnderEachOfSeveralChaptersAreThoseChaptersFindings() {
        LetterExtraction letter = LetterExtractor.extract("""
                Review of help for young carers

                2. Finding young carers

                2.1 The panel took evidence from schools.

                The panel heard that the following is working well:

                - Schools ask about caring at enrolment.

                The panel is concerned that:

                - Doctors rarely refer young carers.

                3. Support in school

                The panel heard that the following is working well:

                - Each school has a named lead.

                The panel is concerned that:

                - Lunchtime clubs are full.
                """, "report.txt");

        assertThat(letter.summaryStrengths()).isEmpty();
        assertThat(letter.summaryAreasForConsideration()).isEmpty();
        assertThat(letter.frameworkThemes()).containsExactly("Finding young carers", "Support in school");
        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Finding young carers", "strength", "Schools ask about caring at enrolment."),
                new DetailedFinding("Finding young carers", "area_for_consideration",
                        "Doctors rarely refer young carers."),
                new DetailedFinding("Support in school", "strength", "Each school has a named lead."),
                new DetailedFinding("Support in school", "area_for_consideration", "Lunchtime clubs are full."));
    }

    @Test
    void strengthsAndAreasIntroducedUnderOneHeadingAreTheSummary() {
        LetterExtraction letter = LetterExtractor.extract("""
                Peer review of the front door

                Introduction

                The team spent three days with you.

                The team found these strengths:

                - Managers are visible.

                The areas where the team felt you could do more were:

                - Recording of decisions.
                """, "letter.txt");

        assertThat(letter.summaryStrengths()).containsExactly("Managers are visible.");
        assertThat(letter.summaryAreasForConsideration()).containsExactly("Recording of decisions.");
        assertThat(letter.detailedFindings()).isEmpty();
    }

    @Test
    void thingsThatStoodOutAndWhatNeedsMoreWorkOpenTheSummaryLists() {
        LetterExtraction letter = LetterExtractor.extract("""
                Two things that stood out:

                1. Children are seen quickly.

                What needs more work:

                - Plans for older children.
                """, "note.txt");

        assertThat(letter.summaryStrengths()).containsExactly("Children are seen quickly.");
        assertThat(letter.summaryAreasForConsideration()).containsExactly("Plans for older children.");
    }

    @Test
    void aShortLeadInLineUnderAKindHeadingKeepsTheKindForTheListAfterIt() {
        LetterExtraction letter = LetterExtractor.extract("""
                What went well

                - Leaders listen to staff.

                What needs to be better

                The team suggests that you consider:

                - Supervision of newly qualified staff.
                """, "letter.txt");

        assertThat(letter.summaryStrengths()).containsExactly("Leaders listen to staff.");
        assertThat(letter.summaryAreasForConsideration()).containsExactly("Supervision of newly qualified staff.");
    }

    @Test
    void aThemeHeadingJoinedToTheKindLabelUnderItIsTheThemeAndTheLabel() {
        Source source = new Source(1, 1, "");
        LetterDocument document = new LetterDocument(List.of(
                new Heading(1, "3", "Early help Areas of strength", source),
                new ListItem(0, null, "Families are seen within a week.", source),
                new Heading(2, null, "Areas for development", source),
                new ListItem(0, null, "Schools rarely lead an assessment.", source),
                new Heading(1, "4", "Children in care Areas of strength", source),
                new ListItem(0, null, "Placements are stable.", source)), "");

        LetterExtraction letter = LetterExtractor.extract(document, "letter.pdf");

        assertThat(letter.summaryStrengths()).isEmpty();
        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Early help", "strength", "Families are seen within a week."),
                new DetailedFinding("Early help", "area_for_consideration", "Schools rarely lead an assessment."),
                new DetailedFinding("Children in care", "strength", "Placements are stable."));
    }

    @Test
    void aHeadingThatEndsInProgressIsNoHeadingOfStrengths() {
        LetterExtraction letter = LetterExtractor.extract("""
                Findings and evaluation of progress

                Assessments are mostly thorough and are informed by the history of the family.

                Plans are not always specific enough.
                """, "letter.txt");

        assertThat(letter.detailedFindings()).isEmpty();
    }

    @Test
    void inTextWithoutBlankLinesALeadInLineAfterAnItemStartsTheNextList() {
        LetterExtraction letter = LetterExtractor.extract("""
                Here are my notes from the feedback conversation at the end of the day, kept short for you.
                Three things that stood out:
                1. Social workers know the children well.
                2. Transition planning starts early.
                Two things to think about:
                1. Reviews are late when a worker is on leave.
                2. Children on plans are not always seen alone.
                """, "note.txt");

        assertThat(letter.summaryStrengths()).containsExactly("Social workers know the children well.",
                "Transition planning starts early.");
        assertThat(letter.summaryAreasForConsideration()).containsExactly(
                "Reviews are late when a worker is on leave.", "Children on plans are not always seen alone.");
    }

    @Test
    void aLongNumberedSectionTitleOverItsFirstSubsectionIsAHeadingNotAnItem() {
        LetterExtraction letter = LetterExtractor.extract("""
                The review looked at the following themes:

                - Effective practice, service delivery and the voice of the child
                - Capacity and resources

                3. Effective practice, service delivery and the voice of the child

                3.1 This section sets out what the team found under this theme.

                Strengths

                - Direct work with children is creative.
                """, "letter.txt");

        assertThat(letter.detailedFindings()).containsExactly(new DetailedFinding(
                "Effective practice, service delivery and the voice of the child", "strength",
                "Direct work with children is creative."));
    }

    @Test
    void aNumberedParagraphCutByAPageEndIsNoHeading() {
        LetterExtraction letter = LetterExtractor.extract("""
                3. Overall strengths

                3.1 The review team noted

                that leadership is now strong throughout the service.

                3.2 Staff are committed to children.
                """, "report.txt");

        assertThat(letter.detailedFindings()).extracting(DetailedFinding::text).containsExactly(
                "The review team noted that leadership is now strong throughout the service.",
                "Staff are committed to children.");
    }

    @Test
    void aFindingsTableRowWithAnEmptyThemeCellGoesOnWithTheThemeAbove() {
        LetterExtraction letter = LetterExtractor.extract("""
                Summary

                <b>Theme</b>\t<b>Strengths</b>\t<b>Areas for consideration</b>

                Leadership\tLeaders are visible.\tPlans have too many actions.

                \tMembers visit teams.\t

                Practice\tViews are recorded.\t
                """, "letter-extracted.txt");

        assertThat(letter.summaryStrengths()).isEmpty();
        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Leadership", "strength", "Leaders are visible."),
                new DetailedFinding("Leadership", "area_for_consideration", "Plans have too many actions."),
                new DetailedFinding("Leadership", "strength", "Members visit teams."),
                new DetailedFinding("Practice", "strength", "Views are recorded."));
    }
}
