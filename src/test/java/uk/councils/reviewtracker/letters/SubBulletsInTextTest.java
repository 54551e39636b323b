package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sub-bullets as text renderings of Word lists give them: each is its own entry after its parent. */
class SubBulletsInTextTest {

    @Test
    void wordsSubListGlyphBeforeALowerCaseItemMakesEachItsOwnEntry() {
        LetterExtraction letter = LetterExtractor.extract("""
                Areas for development

                The review identified the following areas for development:
                - The data set does not allow members to compare districts:
                o performance data is reported at county level only
                o health data are not included
                - Schools rarely attend.
                """, "report.txt");

        assertThat(letter.summaryAreasForConsideration()).containsExactly(
                "The data set does not allow members to compare districts:",
                "performance data is reported at county level only", "health data are not included",
                "Schools rarely attend.");
    }

    @Test
    void indentedSubBulletsBetweenBlankLinesAreNotOneCutInTwo() {
        LetterExtraction letter = LetterExtractor.extract("""
                Areas for development

                The review identified the following areas for development:

                - The data set does not allow members to compare districts:

                 - performance data is reported at county level only

                 - health data are not included

                - Schools rarely attend.
                """, "report.txt");

        assertThat(letter.summaryAreasForConsideration()).containsExactly(
                "The data set does not allow members to compare districts:",
                "performance data is reported at county level only", "health data are not included",
                "Schools rarely attend.");
    }
}
