package uk.councils.reviewtracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aShortTextIsShownWhole() {
        assertThat(Text.shortened("Strengthen the front door", 80)).isEqualTo("Strengthen the front door");
        assertThat(Text.shortened("  Spaced  ", 80)).isEqualTo("Spaced");
        assertThat(Text.shortened(null, 80)).isNull();
    }

    @Test
    void aLongTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String text = "The partnership should ensure that the multi-agency safeguarding hub has the capacity to "
                + "respond to contacts within timescales";
        String shortened = Text.shortened(text, 80);
        assertThat(shortened).isEqualTo("The partnership should ensure that the multi-agency safeguarding hub has the\u2026");
        assertThat(shortened.length()).isLessThanOrEqualTo(81);
    }

    @Test
    void theCutDropsTrailingPunctuationAndJoinsLines() {
        assertThat(Text.shortened("Leadership, governance,\nand accountability across the partnership", 30))
                .isEqualTo("Leadership, governance, and\u2026");
        assertThat(Text.shortened("One, two; three", 9)).isEqualTo("One, two\u2026");
    }

    @Test
    void aSingleLongWordIsCutWhereTheLimitFalls() {
        assertThat(Text.shortened("x".repeat(100), 10)).isEqualTo("xxxxxxxxxx\u2026");
    }
}
