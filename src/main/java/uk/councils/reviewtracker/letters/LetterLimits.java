package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import uk.councils.reviewtracker.common.OfficePackages;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;

/**
 * How much of a letter the service will read, checked before a document model is built, so that a file within
 * the upload size cannot exhaust the server's memory or time. A long review report (100 pages with appendices) has
 * some 3,000 paragraphs, 300,000 characters and a few hundred thousand PDF drawing instructions: each limit leaves
 * room for three times that or more.
 */
final class LetterLimits {

    static final int MAX_PARAGRAPHS = 10_000;
    static final int MAX_CHARACTERS = 1_000_000;
    /** XML elements over all the parts of a Word file: each costs memory in POI's document model. */
    static final int MAX_WORD_ELEMENTS = 500_000;
    static final int MAX_PAGES = 500;
    /** Drawing instructions (content stream operators) of a PDF read for its text. */
    static final int MAX_PDF_OPERATORS = 2_000_000;
    /** Characters drawn (glyphs) of a PDF read for its text: each costs a text position. */
    static final int MAX_PDF_GLYPHS = 1_000_000;
    /** The pages' content streams of a PDF, inflated: a long report has a few megabytes. */
    static final long MAX_PDF_CONTENT = 64L * 1024 * 1024;
    /** However few its instructions, reading one PDF stops after this long. */
    static final long MAX_PDF_SECONDS = 60;
    /** Decoded PDF streams kept in memory up to this, then in a temporary file up to {@link #MAX_PDF_STORAGE}. */
    private static final long MAX_PDF_MEMORY = 16L * 1024 * 1024;
    private static final long MAX_PDF_STORAGE = 256L * 1024 * 1024;

    private LetterLimits() {
    }

    /** A limit found spent while a document was being read, from code that may only throw unchecked. */
    static final class Exceeded extends RuntimeException {

        private final transient UnreadableLetterException refusal;

        Exceeded(UnreadableLetterException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }

        UnreadableLetterException refusal() {
            return refusal;
        }
    }

    /** The Word file's package, once its parts are known to be within the limits. */
    static OPCPackage wordPackage(byte[] bytes) throws UnreadableLetterException {
        OPCPackage word;
        try {
            word = OfficePackages.open(bytes);
        } catch (OfficePackages.TooLargeUnpacked e) {
            throw new UnreadableLetterException(Problem.UNPACKS_TOO_LARGE, e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
        try {
            WordCount count = new WordCount();
            for (PackagePart part : word.getParts()) {
                if (part.getContentType().endsWith("xml") && !(part instanceof PackagePropertiesPart)) {
                    try (InputStream xml = part.getInputStream()) {
                        org.xml.sax.XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(count);
                        parser.parse(new InputSource(xml));
                    }
                }
            }
            return word;
        } catch (Exceeded e) {
            word.revert();
            throw e.refusal();
        } catch (IOException | InvalidFormatException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | RuntimeException e) {
            word.revert();
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
    }

    /** A plain text letter within the character limit. */
    static String text(String text) throws UnreadableLetterException {
        if (text.length() > MAX_CHARACTERS) {
            throw new UnreadableLetterException(Problem.TOO_MUCH_TEXT, MAX_CHARACTERS);
        }
        return text;
    }

    /**
     * The PDF, with its decoded streams held in memory up to a cap and then in a bounded temporary file, refused
     * when it has more pages than a letter could.
     */
    static PDDocument pdf(byte[] bytes) throws IOException, UnreadableLetterException {
        PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MAX_PDF_MEMORY, MAX_PDF_STORAGE).streamCache);
        try {
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableLetterException(Problem.TOO_MANY_PAGES, MAX_PAGES);
            }
            if (!contentWithin(pdf, MAX_PDF_CONTENT)) {
                throw tooComplex().refusal();
            }
            return pdf;
        } catch (IOException | UnreadableLetterException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /**
     * Whether the pages' content streams, once inflated, come to no more than the limit: read through one at a time
     * and dropped, since PDFBox holds a page's inflated contents in memory while it reads them.
     */
    private static boolean contentWithin(PDDocument pdf, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        for (PDPage page : pdf.getPages()) {
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                try (InputStream content = streams.next().createInputStream()) {
                    for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                        inflated += read;
                        if (inflated > limit) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static Exceeded tooComplex() {
        return new Exceeded(new UnreadableLetterException(Problem.TOO_COMPLEX, MAX_PDF_OPERATORS, MAX_PDF_GLYPHS,
                MAX_PDF_SECONDS));
    }

    /** Counts the paragraphs, characters and elements of a Word file's XML parts. */
    private static final class WordCount extends DefaultHandler {

        private int paragraphs;
        private long characters;
        private int elements;
        private boolean inText;

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            if (++elements > MAX_WORD_ELEMENTS) {
                throw new Exceeded(new UnreadableLetterException(Problem.TOO_MUCH_MARKUP, MAX_WORD_ELEMENTS));
            }
            if ("p".equals(localName) && ++paragraphs > MAX_PARAGRAPHS) {
                throw new Exceeded(new UnreadableLetterException(Problem.TOO_MANY_PARAGRAPHS, MAX_PARAGRAPHS));
            }
            inText = "t".equals(localName);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            inText = false;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && (characters += length) > MAX_CHARACTERS) {
                throw new Exceeded(new UnreadableLetterException(Problem.TOO_MUCH_TEXT, MAX_CHARACTERS));
            }
        }
    }

    /** A text stripper that stops once a PDF has cost more drawing instructions, or time, than a letter could. */
    static class LimitedTextStripper extends PDFTextStripper {

        private static final int CLOCK_EVERY = 10_000;
        private final long deadline = System.nanoTime() + MAX_PDF_SECONDS * 1_000_000_000L;
        private long operators;
        private long glyphs;

        LimitedTextStripper() throws IOException {
            super();
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators > MAX_PDF_OPERATORS
                    || operators % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
                throw tooComplex();
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            if (++glyphs > MAX_PDF_GLYPHS) {
                throw tooComplex();
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }
    }
}
