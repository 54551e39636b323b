package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.document.Block.Heading;

/** PDF letters are read from how their text is set: type, bullets, indents, columns. */
class PdfLettersTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void aBoldLineIsAHeadingAndAWrappedBulletIsOneItem() throws Exception {
        byte[] pdf = pdf(content -> {
            text(content, BOLD, 14, 60, 720, "Summary strengths");
            text(content, REGULAR, 11, 60, 690, "•");
            text(content, REGULAR, 11, 78, 690, "Leaders know their services well and are visible to");
            text(content, REGULAR, 11, 78, 676, "frontline staff");
            text(content, REGULAR, 11, 60, 662, "•");
            text(content, REGULAR, 11, 78, 662, "Partners share one vision");
            text(content, REGULAR, 11, 60, 630, "We thank everyone who took part.");
        });

        assertThat(LetterReader.read("letter.pdf", pdf).blocks().get(0)).isInstanceOf(Heading.class);
        assertThat(LetterExtractor.extract("letter.pdf", pdf).summaryStrengths()).containsExactly(
                "Leaders know their services well and are visible to frontline staff", "Partners share one vision");
    }

    @Test
    void aFindingsTableSetInColumnsKeepsThemeAndKindWhereCellsWrap() throws Exception {
        byte[] pdf = pdf(content -> {
            text(content, REGULAR, 11, 60, 720, "The table below sets out our findings.");
            text(content, BOLD, 11, 60, 690, "Theme");
            text(content, BOLD, 11, 180, 690, "Strengths");
            text(content, BOLD, 11, 360, 690, "Areas for consideration");
            text(content, REGULAR, 11, 60, 668, "Leadership");
            text(content, REGULAR, 11, 180, 668, "• Leaders are visible and");
            text(content, REGULAR, 11, 360, 668, "• The plan is out of");
            text(content, REGULAR, 11, 190, 654, "trusted by staff");
            text(content, REGULAR, 11, 370, 654, "date");
            text(content, REGULAR, 11, 180, 640, "• The board is strong");
            text(content, REGULAR, 11, 60, 612, "Practice");
            text(content, REGULAR, 11, 180, 612, "• Assessments are timely");
            text(content, REGULAR, 11, 360, 612, "• Supervision is not recorded");
        });

        assertThat(LetterExtractor.extract("letter.pdf", pdf).detailedFindings()).containsExactly(
                new DetailedFinding("Leadership", "strength", "Leaders are visible and trusted by staff"),
                new DetailedFinding("Leadership", "strength", "The board is strong"),
                new DetailedFinding("Leadership", "area_for_consideration", "The plan is out of date"),
                new DetailedFinding("Practice", "strength", "Assessments are timely"),
                new DetailedFinding("Practice", "area_for_consideration", "Supervision is not recorded"));
    }

    @Test
    void runningHeadersAndPageNumbersAreNotPartOfTheLetter() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 1; page <= 2; page++) {
                PDPage sheet = new PDPage();
                document.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    text(content, REGULAR, 9, 60, 760, "Children's safeguarding peer review – Anytown");
                    text(content, REGULAR, 11, 60, 700, page == 1 ? "The review found strong leadership and"
                            : "a stable workforce across the council.");
                    text(content, REGULAR, 9, 60, 60, "Page " + page + " of 2");
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(LetterReader.read("letter.pdf", pdf).blocks()).extracting(b -> b.text())
                .filteredOn(text -> !text.isEmpty())
                .containsExactly("The review found strong leadership and a stable workforce across the council.");
    }

    private interface Content {
        void write(PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(Content writer) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writer.write(content);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y,
                             String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
