package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;

/** Text comes out of PDF, Word and text files; a file that gives none is refused with the reason. */
class LetterReaderTest {

    static final List<String> LETTER = List.of("Summary Strengths", "",
            "- Leaders know their services well and are visible to staff", "",
            "Areas for Consideration", "", "- Supervision is not always recorded");

    @Test
    void readsTheTextOfAPdf() throws Exception {
        String text = LetterReader.read("letter.pdf", pdf(LETTER)).lines();

        assertThat(text).contains("Summary Strengths", "Leaders know their services well");
        assertThat(LetterExtractor.extract("letter.pdf", pdf(LETTER)).summaryStrengths())
                .containsExactly("Leaders know their services well and are visible to staff");
    }

    @Test
    void aWideGapBetweenWordsOfAPdfLineIsReadAsATableColumn() throws Exception {
        byte[] bytes;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 720);
                content.showText("The table below highlights the strengths we found.");
                content.newLineAtOffset(0, -32);
                content.showText("Outcomes");
                content.newLineAtOffset(160, 0);
                content.showText("Children are safe and outcomes are improving");
                content.endText();
            }
            document.save(out);
            bytes = out.toByteArray();
        }

        LetterExtraction letter = LetterExtractor.extract("letter.pdf", bytes);

        assertThat(letter.detailedFindings()).containsExactly(new LetterExtraction.DetailedFinding("Outcomes",
                "strength", "Children are safe and outcomes are improving"));
    }

    @Test
    void readsWordParagraphsHeadingsAndTables() throws Exception {
        LetterExtraction letter = LetterExtractor.extract("Letter.DOCX", docx());
        assertThat(letter.detailedFindings()).extracting(LetterExtraction.DetailedFinding::theme,
                LetterExtraction.DetailedFinding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Leadership", "Leaders are visible."),
                org.assertj.core.groups.Tuple.tuple("Leadership", "The lead member chairs the board."),
                org.assertj.core.groups.Tuple.tuple("Practice", "Assessments are timely."));
    }

    @Test
    void readsUtf8TextWithoutItsByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFF" + String.join("\n", LETTER) + "\nChildren’s voices").getBytes(StandardCharsets.UTF_8);

        assertThat(LetterReader.read("letter.txt", bytes).lines()).startsWith("Summary Strengths").endsWith("Children’s voices");
    }

    @Test
    void refusesAnEmptyFile() {
        assertProblem("letter.pdf", new byte[0], Problem.EMPTY);
        assertProblem("letter.txt", " \n\n ".getBytes(StandardCharsets.UTF_8), Problem.EMPTY);
    }

    @Test
    void refusesAWordDocumentWithNoText() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph();
            document.write(out);
            assertProblem("letter.docx", out.toByteArray(), Problem.EMPTY);
        }
    }

    @Test
    void refusesAFileThatIsNotWhatItsNameSays() throws IOException {
        byte[] text = String.join("\n", LETTER).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LetterReader.read("letter.pdf", text))
                .isInstanceOfSatisfying(UnreadableLetterException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MISLABELLED);
                    assertThat(e.arguments()).containsExactly("letter.pdf", "PDF", "TEXT");
                });
        assertProblem("letter.txt", pdf(LETTER), Problem.MISLABELLED);
        assertProblem("letter.docx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, Problem.MISLABELLED);
    }

    @Test
    void refusesFormatsItCannotRead() {
        assertProblem("letter.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, Problem.UNSUPPORTED);
        assertProblem("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Problem.UNSUPPORTED);
    }

    @Test
    void refusesAPdfThatNeedsAPassword() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(LETTER));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            assertProblem("letter.pdf", out.toByteArray(), Problem.ENCRYPTED);
        }
    }

    @Test
    void refusesAScannedPdfWithNoText() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = scan.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 200, 100);
            graphics.setColor(Color.BLACK);
            graphics.drawString("Summary Strengths", 10, 50);
            graphics.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 500);
            }
            document.save(out);
            assertProblem("scan.pdf", out.toByteArray(), Problem.NO_TEXT);
        }
    }

    @Test
    void refusesADamagedPdf() {
        assertProblem("letter.pdf", "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII),
                Problem.DAMAGED);
    }

    private static void assertProblem(String name, byte[] bytes, Problem problem) {
        assertThatThrownBy(() -> LetterReader.read(name, bytes))
                .isInstanceOfSatisfying(UnreadableLetterException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    /** A one-page PDF with these lines of text. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(60, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("The table below sets out the strengths we found.");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Leadership");
            table.getRow(0).getCell(1).setText("Leaders are visible.");
            table.getRow(0).getCell(1).addParagraph().createRun().setText("The lead member chairs the board.");
            table.getRow(1).getCell(0).setText("Practice");
            table.getRow(1).getCell(1).setText("Assessments are timely.");
            document.createParagraph().createRun().setText("We thank everyone who took part.");
            document.write(out);
            return out.toByteArray();
        }
    }
}
