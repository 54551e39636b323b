package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterCleaner.Line;

/** The noise of PDF and Word extraction goes; the words, and the layout the reader needs, stay. */
class LetterCleanerTest {

    @Test
    void normalisingRemovesTagsBoldMarkersBulletGlyphsAndExtraWhitespace() {
        assertThat(LetterCleaner.normalise("- · came into effect on the 7<sup>th</sup>   May 2019 "))
                .isEqualTo("came into effect on the 7th May 2019");
        assertThat(LetterCleaner.normalise("• **Revise Learning and\u00A0Improvement Framework**"))
                .isEqualTo("Revise Learning and Improvement Framework");
        assertThat(LetterCleaner.normalise("\uF0B7\tStatutory partner (health, police &amp; LA only)"))
                .isEqualTo("Statutory partner (health, police & LA only)");
    }

    @Test
    void everyNamedOrNumericCharacterReferenceIsDecodedOnce() {
        assertThat(LetterCleaner.normalise("The council&rsquo;s &lsquo;front door&rsquo; &ndash; MASH&nbsp;&amp; EHA"))
                .isEqualTo("The council’s ‘front door’ – MASH & EHA");
        assertThat(LetterCleaner.normalise("children&#8217;s &#x2018;voice&#x2019;, it&apos;s &amp;lt;b&amp;gt;"))
                .isEqualTo("children’s ‘voice’, it's &lt;b&gt;");
        assertThat(LetterCleaner.normalise("R&D &unknown; stays")).isEqualTo("R&D &unknown; stays");
    }

    @Test
    void wordsThatLookLikeMarkupOrBulletsAreKept() {
        assertThat(LetterCleaner.normalise("See <http://media.education.gov.uk/assets/files/guidance.pdf>"))
                .isEqualTo("See <http://media.education.gov.uk/assets/files/guidance.pdf>");
        assertThat(LetterCleaner.normalise("-re-audit some areas; 53.7% – a rise")).isEqualTo(
                "-re-audit some areas; 53.7% – a rise");
        assertThat(LetterCleaner.normalise("Questionnaires – ‘you said, we did’"))
                .isEqualTo("Questionnaires – ‘you said, we did’");
    }

    @Test
    void linesKeepTheirNumbersIndentTabsAndHeadingMarks() {
        List<Line> lines = LetterCleaner.lines("## **7. Safeguarding Peer Review May 2012**\r\n\r\n"
                + "  - Collecting evidence\n\t Have you a process?\nBudget ..... 10\n"
                + "*'Safeguarding partners should agree the level of funding.'* (Working Together 2018)");

        assertThat(lines).extracting(Line::text).containsExactly("7. Safeguarding Peer Review May 2012", "",
                "- Collecting evidence", "\tHave you a process?", "Budget ..... 10",
                "'Safeguarding partners should agree the level of funding.' (Working Together 2018)");
        assertThat(lines.get(0).markedHeading()).isTrue();
        assertThat(lines.get(2).indent()).isEqualTo(2);
        assertThat(lines.get(3).startsWithTab()).isTrue();
        assertThat(lines.get(4).blank()).as("a contents line is not content").isTrue();
        assertThat(lines.get(5).number()).isEqualTo(6);
    }
}
