package uk.councils.reviewtracker.briefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * A briefing as a Word document a committee clerk can still edit: real heading styles (so the navigation pane
 * and a table of contents work), real tables with a repeating header row, the RAG key in words, page numbers.
 */
@Component
class BriefingDocx {

    private static final String FONT = "Arial";

    private final BriefingContent content;

    BriefingDocx(BriefingContent content) {
        this.content = content;
    }

    byte[] render(BriefingDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addHeadingStyles(docx);
            docx.getProperties().getCoreProperties().setTitle(content.title(document));
            docx.getProperties().getCoreProperties().setCreator(document.briefing().getAuthor());
            pageNumbers(docx);
            for (BriefingContent.Block block : content.blocks(document)) {
                write(docx, block);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(XWPFDocument docx, BriefingContent.Block block) {
        if (block instanceof BriefingContent.Heading heading) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle("Heading" + heading.level());
            run(paragraph, heading.text());
        } else if (block instanceof BriefingContent.Text text) {
            for (String line : text.text().split("\\R", -1)) {
                run(docx.createParagraph(), line);
            }
        } else if (block instanceof BriefingContent.Table table) {
            table(docx, table);
        }
    }

    private static void table(XWPFDocument docx, BriefingContent.Table table) {
        XWPFParagraph caption = docx.createParagraph();
        caption.getCTP().addNewPPr().addNewKeepNext();
        run(caption, table.caption()).setBold(true);
        XWPFTable grid = docx.createTable(table.rows().size() + 1, table.headers().size());
        grid.setWidth("100%");
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.headers().size(); c++) {
            XWPFParagraph cell = header.getCell(c).getParagraphs().get(0);
            XWPFRun run = run(cell, table.headers().get(c));
            run.setBold(true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                run(grid.getRow(r + 1).getCell(c).getParagraphs().get(0), values.get(c));
            }
        }
        docx.createParagraph();
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setText(text == null ? "" : text);
        return run;
    }

    private static void pageNumbers(XWPFDocument docx) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        run(paragraph, "Page ");
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        run(paragraph, " of ");
        paragraph.getCTP().addNewFldSimple().setInstr("NUMPAGES \\* MERGEFORMAT");
    }

    /** Word's built-in heading styles, so headings are headings and not just large bold text. */
    private static void addHeadingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        int[] sizes = {32, 26, 22};
        for (int level = 1; level <= sizes.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
            CTFonts fonts = style.addNewRPr().addNewRFonts();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            style.getRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            styles.addStyle(new XWPFStyle(style));
        }
    }
}
