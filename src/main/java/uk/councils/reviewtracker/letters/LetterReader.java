package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;
import uk.councils.reviewtracker.letters.document.LetterDocument;

/**
 * The document of an uploaded letter: a PDF ({@link PdfLetters}), a Word .docx ({@link WordLetters}) or a plain
 * text file ({@link TextLetters}), each read into the same {@link LetterDocument}. What a file is comes from its
 * bytes, not its name, and a name that says otherwise is refused, as are files that hold no text (empty, scanned,
 * encrypted or damaged).
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

    private static final int HEADER_BYTES = 1024;
    private static final int SNIFF_BYTES = 8192;

    private LetterReader() {
    }

    /** The document the file holds, read by the reader of the format its bytes show. */
    public static LetterDocument read(String fileName, byte[] bytes) throws UnreadableLetterException {
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
        LetterDocument document;
        try {
            document = switch (actual) {
                case PDF -> PdfLetters.read(bytes);
                case DOCX -> WordLetters.read(bytes);
                default -> TextLetters.read(LetterLimits.text(text(bytes)));
            };
        } catch (LetterLimits.Exceeded e) {
            throw e.refusal();
        }
        if (document.blocks().stream().allMatch(block -> block.text().isBlank())) {
            throw new UnreadableLetterException(Problem.EMPTY);
        }
        return document;
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

    /** Whether the zip's directory lists a Word document: read from its end, so no part is unpacked to tell. */
    private static boolean wordDocument(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return zip.getEntry("word/document.xml") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
