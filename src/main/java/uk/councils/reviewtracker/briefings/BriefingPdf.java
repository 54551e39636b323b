package uk.councils.reviewtracker.briefings;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A briefing as a tagged PDF (PDF/UA where the library allows): rendered from the print template with the
 * Liberation Sans font embedded, page numbers in the footer, "DRAFT" at the head of every page until it is issued,
 * and the same blocks as the page and the Word file.
 */
@Component
class BriefingPdf {

    private static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;
    private final BriefingContent content;
    private final byte[] regular = bytes("fonts/LiberationSans-Regular.ttf");
    private final byte[] bold = bytes("fonts/LiberationSans-Bold.ttf");

    BriefingPdf(ITemplateEngine templates, BriefingContent content) {
        this.templates = templates;
        this.content = content;
    }

    byte[] render(BriefingDocument document) {
        Context context = new Context(Locale.UK);
        context.setVariable("title", content.title(document));
        context.setVariable("author", document.briefing().getAuthor());
        context.setVariable("blocks", content.blocks(document));
        context.setVariable("draft", !document.briefing().isIssued());
        String xhtml = templates.process("briefings/print", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(font(pdf, regular)), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(new PDFontSupplier(font(pdf, bold)), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font, embedded as a subset, with glyph substitution (GSUB) off: Liberation Sans has no Latin substitution
     * that changes what a briefing prints (pages render pixel for pixel the same), and PDFBox compiled regular
     * expressions for it on every run of text, which took most of the rendering time.
     */
    private static PDFont font(PDDocument pdf, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        pdf.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(pdf, font, true);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
