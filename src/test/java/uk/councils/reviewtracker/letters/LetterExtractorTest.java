package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;

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
}
