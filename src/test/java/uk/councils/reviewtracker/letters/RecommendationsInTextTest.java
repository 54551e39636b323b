package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;

/** Recommendations as text renderings of letters and reports give them. */
class RecommendationsInTextTest {

    @Test
    void anOfstedQuestionHeadingWrittenAsAParagraphIntroducesWhatMustImprove() {
        LetterExtraction letter = LetterExtractor.extract("""
                Senior leaders know their services well and plans are mostly good.

                What needs to improve in this area of social work practice?

                - The timeliness of reviews of plans, so that drift is identified.
                - The quality of supervision records.

                Ofsted will take these findings into account.
                """, "letter.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text).containsExactly(
                "The timeliness of reviews of plans, so that drift is identified.",
                "The quality of supervision records.");
    }

    @Test
    void aNumberedThankYouAfterNumberedRecommendationsIsNotOne() {
        LetterExtraction letter = LetterExtractor.extract("""
                5. Recommendations

                5.1 Agree a single data set for the partnership.

                5.2 Reduce the number of subgroups.

                5.3 I would like to thank the Chair and the business unit for their help.
                """, "report.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text).containsExactly(
                "Agree a single data set for the partnership.", "Reduce the number of subgroups.");
    }

    @Test
    void aRunningHeaderBetweenTheHalvesOfASentenceThePageEndCutIsTakenAway() {
        LetterExtraction letter = LetterExtractor.extract("""
                Recommendations

                The reviewer recommends that the Board:

                1. Develops a core data set that

                Page 1

                Wessex Board – Review 2017

                reports by district.

                2. Reduces the number of subgroups.
                """, "report.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text).containsExactly(
                "Develops a core data set that reports by district.", "Reduces the number of subgroups.");
    }

    @Test
    void aRecommendationsTableGivesTheRecommendationColumnAndTheNumberBesideIt() {
        LetterExtraction letter = LetterExtractor.extract("""
                The review's recommendations and our response

                No.\tRecommendation\tWhat we have done\tBy when

                1\tPublish one threshold document for all partners.\tDrafted in May.\tJune 2024

                2\tThat the Cabinet Member for Children reports progress each quarter.\tAgreed.\tJuly 2024

                We will report again in the autumn.
                """, "letter.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::ref, Priority::text).containsExactly(
                tuple("1", "Publish one threshold document for all partners."),
                tuple("2", "That the Cabinet Member for Children reports progress each quarter."));
    }

    @Test
    void aTableOfLastYearsRecommendationsAndTheirProgressGivesNoRecommendationNorFinding() {
        LetterExtraction letter = LetterExtractor.extract("""
                Progress on last year's recommendations

                Recommendation\tProgress

                Agree a shared budget.\tDone in March.

                My recommendations for 2024–25

                R1 Publish every practice review within six months.

                R2 Give schools a seat on the executive.
                """, "report.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::ref, Priority::text).containsExactly(
                tuple("R1", "Publish every practice review within six months."),
                tuple("R2", "Give schools a seat on the executive."));
        assertThat(letter.detailedFindings()).isEmpty();
    }

    @Test
    void lettersAndANumberTypedBeforeARecommendationAreItsReference() {
        LetterExtraction letter = LetterExtractor.extract("""
                4. Recommendations

                SG1 Agree a training plan for designated leads.

                SG2 Check every referral against the register.

                Yours sincerely
                """, "letter.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::ref).containsExactly("SG1", "SG2");
    }

    @Test
    void suggestionsAfterALeadInOrUnderSuggestedNextStepsAreTheRecommendations() {
        LetterExtraction note = LetterExtractor.extract("""
                A couple of suggestions:

                * Name a deputy for each child's review.
                * Ask the front door to join the next team meeting.

                Thanks again.
                """, "note.txt");
        LetterExtraction letter = LetterExtractor.extract("""
                Suggested next steps

                - Audit ten neglect cases before the summer.

                Yours sincerely
                """, "letter.txt");

        assertThat(note.prioritiesOrRecommendations()).extracting(Priority::text).containsExactly(
                "Name a deputy for each child's review.", "Ask the front door to join the next team meeting.");
        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text)
                .containsExactly("Audit ten neglect cases before the summer.");
    }

    @Test
    void aRecommendationLabelledWithItsNumberIsOneAndItsRepeatInTheSummaryIsCountedOnce() {
        LetterExtraction letter = LetterExtractor.extract("""
                Recommendations

                1. Agree one front door protocol with all partners.

                2. The front door

                The front door takes 900 contacts a month.

                Recommendation 1

                Agree one front door protocol with all partners.

                Recommendation 2: Give each referrer written feedback within a week.

                Priority 6

                Well managed public services.
                """, "report.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::ref, Priority::text).containsExactly(
                tuple("1", "Agree one front door protocol with all partners."),
                tuple("2", "Give each referrer written feedback within a week."));
    }

    @Test
    void aBoxWrittenAsOneLineOfParagraphFragmentsIsItsHeadingAndList() {
        LetterExtraction letter = LetterExtractor.extract("""
                Our recommendations are set out first.

                <p>Key recommendations</p><p>Agree one improvement plan.</p><p>Reduce caseloads in assessment.</p>

                Leadership

                The team met the leaders.
                """, "letter-extracted.txt");

        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::text)
                .containsExactly("Agree one improvement plan.", "Reduce caseloads in assessment.");
    }

    @Test
    void aRecommendationsLabelStraightUnderAListEndsTheListsLastItem() {
        LetterExtraction letter = LetterExtractor.extract("""
                Areas for development
                - Professionals are not clear which site to contact.
                - Children pass through four teams.
                Recommendation 1
                Publish a single front door protocol.
                """, "report.txt");

        assertThat(letter.summaryAreasForConsideration()).containsExactly(
                "Professionals are not clear which site to contact.", "Children pass through four teams.");
        assertThat(letter.prioritiesOrRecommendations()).extracting(Priority::ref, Priority::text)
                .containsExactly(tuple("1", "Publish a single front door protocol."));
    }
}
