package uk.councils.reviewtracker.briefings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A briefing as a tagged PDF (PDF/UA where the library allows): rendered from the print template with the
 * Liberation Sans font embedded, page numbers in the footer, and the same blocks as the page and the Word file.
 */
@Component
class BriefingPdf {

    private static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;
    private final BriefingContent content;

    BriefingPdf(ITemplateEngine templates, BriefingContent content) {
        this.templates = templates;
        this.content = content;
    }

    byte[] render(BriefingDocument document) {
        Context context = new Context(Locale.UK);
        context.setVariable("title", content.title(document));
        context.setVariable("author", document.briefing().getAuthor());
        context.setVariable("blocks", content.blocks(document));
        String xhtml = templates.process("briefings/print", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("fonts/LiberationSans-Regular.ttf"), FONT, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/LiberationSans-Bold.ttf"), FONT, 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
