package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings, items and sentences of a text letter. */
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

    @Test
    void aNumberedSectionTitleStraightOverTheNameOfItsFirstPartIsAHeadingNotAnItem() {
        List<LetterLayout.Block> blocks = LetterLayout.blocks(LetterCleaner.lines(
                "2. Summary\nWhat is going well\n\n- Strong leadership\n- Good learning opportunities\n"));

        assertThat(blocks).extracting(LetterLayout.Block::type, LetterLayout.Block::ref, LetterLayout.Block::text)
                .startsWith(org.assertj.core.groups.Tuple.tuple(LetterLayout.Type.HEADING, "2", "Summary"),
                        org.assertj.core.groups.Tuple.tuple(LetterLayout.Type.HEADING, null, "What is going well"),
                        org.assertj.core.groups.Tuple.tuple(LetterLayout.Type.ITEM, null, "Strong leadership"));
    }

    @Test
    void aNumberedLineThatNamesASectionIsItsTitleEvenWithTextStraightAfterIt() {
        List<LetterLayout.Block> blocks = LetterLayout.blocks(LetterCleaner.lines("- Partnership working is sound\n"
                + "5. Even better if\nThe team suggests you consider the following:\n- Celebrate your success!\n"));

        assertThat(blocks).extracting(LetterLayout.Block::type, LetterLayout.Block::ref, LetterLayout.Block::text)
                .contains(org.assertj.core.groups.Tuple.tuple(LetterLayout.Type.HEADING, "5", "Even better if"));
    }

    @Test
    void aShortLineStraightOverAParagraphsFullWidthFirstLineIsItsHeading() {
        List<LetterLayout.Block> blocks = LetterLayout.blocks(LetterCleaner.lines(String.join("\n",
                "We visited the service over four days and met more than sixty staff and partners in all.",
                "",
                "The front door and assessment",
                "The Multi-Agency Safeguarding Hub (MASH) received 4,120 contacts in 2021/22, of which 38%",
                "progressed to an assessment, a rate close to that of the councils most like North Tyneside.")));

        assertThat(blocks).extracting(LetterLayout.Block::type, LetterLayout.Block::text).contains(
                org.assertj.core.groups.Tuple.tuple(LetterLayout.Type.HEADING, "The front door and assessment"));
        assertThat(blocks).hasSize(3);
    }
}
