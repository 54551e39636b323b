package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

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
}
