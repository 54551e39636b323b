package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one sentence splitter the reader uses to find what a lead-in introduces. */
class LetterLayoutTest {

    @Test
    void theLastSentenceStartsAfterAStopThatACapitalOrQuoteFollows() {
        assertThat(LetterLayout.lastSentence("We saw strong practice. The team recommends that you:"))
                .isEqualTo("The team recommends that you:");
        assertThat(LetterLayout.lastSentence("Rates rose to 53.7% in 2019, e.g. in schools. \"Key strengths\" were:"))
                .isEqualTo("\"Key strengths\" were:");
        assertThat(LetterLayout.lastSentence("The team looked at front door arrangements, e.g. the MASH"))
                .isEqualTo("The team looked at front door arrangements, e.g. the MASH");
    }
}
