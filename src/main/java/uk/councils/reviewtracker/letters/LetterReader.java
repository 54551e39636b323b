package uk.councils.reviewtracker.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;

/**
 * The text of an uploaded letter: a PDF (PDFBox), a Word .docx (POI) or a plain text file. What a file is comes
 * from its bytes, not its name, and a name that says otherwise is refused. Word output is written the way the
 * {@link LetterLayout} reads text: headings alone on a line, list paragraphs as bullets, a table row as its first
 * cell, a tab and the rest.
 */
public final class LetterReader {

    /** What a file's bytes say it is. */
    public enum Format {
        PDF("pdf"), DOCX("docx"), TEXT("txt"), OTHER(null);

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        static Format named(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.UK);
            for (Format format : values()) {
                if (format.extension != null && name.endsWith("." + format.extension)) {
                    return format;
                }
            }
            return OTHER;
        }
    }

    /** Fewer letters than this in a PDF means pictures of pages (a scan), not text. */
    private static final int MIN_LETTERS = 20;
    private static final int HEADER_BYTES = 1024;
    private static final int SNIFF_BYTES = 8192;

    private LetterReader() {
    }

    public static String read(String fileName, byte[] bytes) throws UnreadableLetterException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableLetterException(Problem.EMPTY);
        }
        Format claimed = Format.named(fileName);
        if (claimed == Format.OTHER) {
            throw new UnreadableLetterException(Problem.UNSUPPORTED, fileName);
        }
        Format actual = formatOf(bytes);
        if (actual != claimed) {
            throw new UnreadableLetterException(Problem.MISLABELLED, fileName, claimed.name(), actual.name());
        }
        String text = switch (actual) {
            case PDF -> pdf(bytes);
            case DOCX -> docx(bytes);
            default -> text(bytes);
        };
        if (text.isBlank()) {
            throw new UnreadableLetterException(Problem.EMPTY);
        }
        return text;
    }

    static Format formatOf(byte[] bytes) {
        String header = new String(bytes, 0, Math.min(bytes.length, HEADER_BYTES), StandardCharsets.ISO_8859_1);
        if (header.contains("%PDF-")) {
            return Format.PDF;
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return wordDocument(bytes) ? Format.DOCX : Format.OTHER;
        }
        return decodeText(bytes) == null ? Format.OTHER : Format.TEXT;
    }

    private static boolean wordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String pdf(byte[] bytes) throws UnreadableLetterException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableLetterException(Problem.ENCRYPTED);
            }
            PDFTextStripper stripper = new ColumnGapStripper();
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(document);
            if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
                throw new UnreadableLetterException(Problem.NO_TEXT);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableLetterException(Problem.ENCRYPTED, e);
        } catch (IOException e) {
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
    }

    /**
     * Writes a tab where a wide gap separates two words on a line, as between the cells of a table ("Outcomes",
     * then the strengths beside it), so that the layout reads a row as a theme and its text.
     */
    private static final class ColumnGapStripper extends PDFTextStripper {

        private static final float GAP_IN_SPACES = 6;
        private static final float MIN_GAP_POINTS = 15;

        private float lineEnd = -1;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float gap = first.getXDirAdj() - lineEnd;
                if (lineEnd >= 0 && gap > Math.max(MIN_GAP_POINTS, GAP_IN_SPACES * first.getWidthOfSpace())) {
                    writeString("\t");
                }
                TextPosition last = positions.get(positions.size() - 1);
                lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lineEnd = -1;
            super.writeLineSeparator();
        }
    }

    private static String docx(byte[] bytes) throws UnreadableLetterException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(text, paragraph);
                } else if (element instanceof XWPFTable table) {
                    blankLine(text);
                    table.getRows().forEach(row -> row(text, row));
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
    }

    private static void paragraph(StringBuilder text, XWPFParagraph paragraph) {
        String words = paragraph.getText().strip();
        if (words.isEmpty()) {
            return;
        }
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.UK);
        if (paragraph.getNumID() != null) {
            int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
            text.append("  ".repeat(level)).append("- ").append(words).append('\n');
            return;
        }
        blankLine(text);
        text.append(style.startsWith("heading") || style.equals("title") ? "# " : "").append(words).append("\n\n");
    }

    /** Paragraphs and tables stand apart from a list before them, as they do on the page. */
    private static void blankLine(StringBuilder text) {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
    }

    /** "Theme, tab, first paragraph", then each further paragraph of the row as a bullet of that cell. */
    private static void row(StringBuilder text, XWPFTableRow row) {
        List<XWPFTableCell> cells = row.getTableCells();
        List<String> paragraphs = cells.stream().skip(1)
                .flatMap(cell -> cell.getParagraphs().stream())
                .map(paragraph -> paragraph.getText().strip()).filter(words -> !words.isEmpty()).toList();
        String first = cells.isEmpty() ? "" : cells.get(0).getText().strip().replaceAll("\\s+", " ");
        if (paragraphs.isEmpty()) {
            text.append(first).append('\n');
            return;
        }
        text.append(first).append('\t').append(paragraphs.get(0)).append('\n');
        text.append(paragraphs.stream().skip(1).map(words -> "\t- " + words + "\n").collect(Collectors.joining()));
    }

    private static String text(byte[] bytes) throws UnreadableLetterException {
        String text = decodeText(bytes);
        if (text == null) {
            throw new UnreadableLetterException(Problem.UNSUPPORTED);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** UTF-8, or Windows-1252 as older Word "save as text" writes; null for anything binary. */
    private static String decodeText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
