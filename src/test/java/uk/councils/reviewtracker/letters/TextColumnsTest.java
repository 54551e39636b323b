package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;

/**
 * A findings table that {@code pdftotext -layout} wrote with its columns side by side is read as a table: theme,
 * strengths and areas as cells. The letters are renderings of development letters of the evaluation corpus.
 */
class TextColumnsTest {

    @Test
    void aThemeStrengthsAreasTableKeptInItsLayoutIsReadRowByRowOverAPageEnd() throws IOException, UnreadableLetterException {
        LetterExtraction found = extract("gloucestershire-2016-safeguarding-peer-review-layout.txt");

        assertThat(found.detailedFindings()).contains(
                new DetailedFinding("Leadership, management and governance", LetterExtraction.STRENGTH,
                        "The Lead Member and Chief Executive have made children's services a corporate priority."),
                new DetailedFinding("Leadership, management and governance", LetterExtraction.AREA_FOR_CONSIDERATION,
                        "Performance reports to members describe activity rather than outcomes for children."),
                new DetailedFinding("Leadership, management and governance", LetterExtraction.STRENGTH,
                        "An additional £3.2 million has been invested in social work posts."),
                new DetailedFinding("Partnership working and the Local Safeguarding Children Board",
                        LetterExtraction.AREA_FOR_CONSIDERATION,
                        "Schools are not well represented in the Board's subgroups."));
        assertThat(found.detailedFindings()).hasSize(12);
    }

    @Test
    void aStrengthsAreasTableUnderEachThemesHeadingIsOneRowOfItems() throws IOException, UnreadableLetterException {
        LetterExtraction found = extract("telford-and-wrekin-2017-peer-review-layout.txt");

        assertThat(found.detailedFindings()).contains(
                new DetailedFinding("Effective practice", LetterExtraction.AREA_FOR_CONSIDERATION,
                        "Chronologies are not always up to date."),
                new DetailedFinding("Working together", LetterExtraction.STRENGTH,
                        "The multi-agency CSE team is a strength, with police, health and social care co-located."));
        assertThat(found.summaryStrengths()).contains("Strong and visible leadership, valued by staff");
    }

    @Test
    void labelsAndValuesSideBySideBecomeCellsAndProseWithWideGapsStaysProse() {
        String text = TextPages.undone(String.join("\n",
                "Local authority          Telford & Wrekin Council",
                "Inspection dates         6th to 9th November 2017",
                "",
                "The team   found   that leaders know their service well and the council has invested in",
                "early help over several years."));

        assertThat(text.lines().toList()).startsWith("Local authority\tTelford & Wrekin Council",
                "Inspection dates\t6th to 9th November 2017");
        assertThat(text).contains("The team   found   that leaders know");
    }

    private static LetterExtraction extract(String name) throws IOException, UnreadableLetterException {
        try (InputStream in = TextColumnsTest.class.getResourceAsStream("/letters/layout/" + name)) {
            return LetterExtractor.extract(name, in.readAllBytes());
        }
    }
}
