package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The phrases that say what the list after them is. */
class LetterVocabularyTest {

    @Test
    void areasOfPracticeCountedInALeadInAreTheThemes() {
        assertThat(LetterVocabulary.THEMES_LEAD_IN.matcher(
                "We agreed with you that the review would look at three areas of practice:").find()).isTrue();
        assertThat(LetterVocabulary.THEMES_LEAD_IN.matcher("The team looked at four practice areas:").find())
                .isTrue();
        assertThat(LetterVocabulary.THEMES_LEAD_IN.matcher("There are areas of practice that need attention:")
                .find()).as("not counted: not a list of themes").isFalse();
    }
}
