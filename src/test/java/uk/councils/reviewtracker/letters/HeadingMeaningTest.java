package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;

/** The reader asks a heading's meaning only where its vocabulary knows no phrase for it. */
class HeadingMeaningTest {

    private static final String LETTER = """
            The peer challenge focused on the following themes:

            1. Early help
            2. Effective practice

            Early help

            Working well

            • Early help assessments are of good quality.

            Areas for consideration

            • Some partners refer too late.

            Yours sincerely

            Jane Doe
            """;

    @Test
    void aHeadingTheVocabularyDoesNotKnowOpensTheKindItsMeaningSays() {
        HeadingMeaning meaning = heading -> Optional.ofNullable(Map.of("Working well", SectionKind.STRENGTHS)
                .get(heading));

        LetterExtraction letter = LetterExtractor.extract(TextLetters.read(LETTER), "letter.txt", meaning);

        assertThat(letter.detailedFindings()).containsExactly(
                new DetailedFinding("Early help", "strength", "Early help assessments are of good quality."),
                new DetailedFinding("Early help", "area_for_consideration", "Some partners refer too late."));
    }

    @Test
    void headingsTheVocabularyKnowsAreNeverAskedAbout() {
        List<String> asked = new ArrayList<>();
        HeadingMeaning meaning = heading -> {
            asked.add(heading);
            return Optional.empty();
        };

        LetterExtractor.extract(TextLetters.read(LETTER), "letter.txt", meaning);

        assertThat(asked).contains("Working well").doesNotContain("Areas for consideration");
    }

    @Test
    void rulesAloneLeaveAnUnknownHeadingsListOut() {
        LetterExtraction letter = LetterExtractor.extract(TextLetters.read(LETTER), "letter.txt",
                HeadingMeaning.NONE);

        assertThat(letter.detailedFindings()).extracting(DetailedFinding::text)
                .doesNotContain("Early help assessments are of good quality.");
    }
}
