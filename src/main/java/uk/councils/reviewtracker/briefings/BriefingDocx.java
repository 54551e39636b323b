package uk.councils.reviewtracker.briefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * A briefing as a Word document a committee clerk can still edit and send as it is: A4 with the council's margins,
 * real heading styles (so the navigation pane and a table of contents work), real tables with fixed column widths
 * that fit their content and a header row repeated on every page, the plan appendix in a landscape section,
 * page numbers, and "DRAFT" at the head of every page until the briefing is issued.
 */
@Component
class BriefingDocx {

    private static final String FONT = "Arial";
    /** A4 in twentieths of a point, and the margins of the PDF: 20 mm top, 22 mm bottom, 18 mm left and right. */
    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;
    private static final long TOP = 1134;
    private static final long BOTTOM = 1247;
    private static final long SIDE = 1021;
    private static final double TABLE_FONT_SIZE = 9;

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
            if (!document.briefing().isIssued()) {
                draftMarking(docx);
            }
            CTSectPr last = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            long width = pageWidth(false);
            boolean landscape = false;
            List<BriefingContent.Block> blocks = content.blocks(document);
            for (int i = 0; i < blocks.size(); i++) {
                BriefingContent.Block block = blocks.get(i);
                if (block instanceof BriefingContent.Appendix && !landscape) {
                    endPortraitSection(docx, last);
                    landscape = true;
                    width = pageWidth(true);
                }
                write(docx, block, width, i + 1 < blocks.size() && blocks.get(i + 1) instanceof BriefingContent.Table);
            }
            page(last, landscape);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code beforeTable}: a paragraph that introduces a table stays on the table's page. */
    private static void write(XWPFDocument docx, BriefingContent.Block block, long width, boolean beforeTable) {
        if (block instanceof BriefingContent.Heading heading) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle("Heading" + heading.level());
            run(paragraph, heading.text());
        } else if (block instanceof BriefingContent.Appendix appendix) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle("Heading1");
            run(paragraph, appendix.text());
        } else if (block instanceof BriefingContent.Text text) {
            String[] lines = text.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph paragraph = docx.createParagraph();
                if (beforeTable && i == lines.length - 1) {
                    paragraph.getCTP().addNewPPr().addNewKeepNext();
                }
                paragraph.setSpacingAfter(120);
                run(paragraph, lines[i]);
            }
        } else if (block instanceof BriefingContent.Table table) {
            table(docx, table, width);
        }
    }

    private static void table(XWPFDocument docx, BriefingContent.Table table, long width) {
        XWPFParagraph caption = docx.createParagraph();
        caption.getCTP().addNewPPr().addNewKeepNext();
        caption.setSpacingBefore(120);
        caption.setSpacingAfter(60);
        run(caption, table.caption()).setBold(true);
        XWPFTable grid = docx.createTable(table.rows().size() + 1, table.headers().size());
        List<BigInteger> widths = columnWidths(table.widths(), width);
        fixWidths(grid, widths, width);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.headers().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("F3F2F1");
            XWPFRun run = run(cell.getParagraphs().get(0), table.headers().get(c));
            run.setBold(true);
            run.setFontSize(TABLE_FONT_SIZE);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> values = table.rows().get(r);
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < values.size(); c++) {
                run(row.getCell(c).getParagraphs().get(0), values.get(c)).setFontSize(TABLE_FONT_SIZE);
            }
        }
        docx.createParagraph();
    }

    /** Each column's share of the line, in twentieths of a point (Word splits words when it must guess). */
    private static List<BigInteger> columnWidths(List<Integer> percentages, long width) {
        return percentages.stream().map(p -> BigInteger.valueOf(width * p / 100)).toList();
    }

    private static void fixWidths(XWPFTable grid, List<BigInteger> widths, long width) {
        CTTbl tbl = grid.getCTTbl();
        CTTblPr properties = tbl.getTblPr() == null ? tbl.addNewTblPr() : tbl.getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        grid.setWidthType(TableWidthType.DXA);
        grid.setWidth(String.valueOf(width));
        CTTblGrid columns = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (BigInteger column : widths) {
            columns.addNewGridCol().setW(column);
        }
        for (XWPFTableRow row : grid.getRows()) {
            for (int c = 0; c < widths.size(); c++) {
                CTTcPr cell = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth cellWidth = cell.isSetTcW() ? cell.getTcW() : cell.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(widths.get(c));
            }
        }
    }

    private static long pageWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * SIDE;
    }

    /** A4, portrait or landscape, with the council's margins. */
    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(SIDE));
        margins.setRight(BigInteger.valueOf(SIDE));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /**
     * Ends the portrait part of the document: in Word a section ends with a paragraph that holds its properties;
     * the document's own properties then describe the last (landscape) section. Both carry the same header and
     * footer, as the first section inherits none.
     */
    private static void endPortraitSection(XWPFDocument docx, CTSectPr last) {
        CTSectPr portrait = docx.createParagraph().getCTP().addNewPPr().addNewSectPr();
        for (CTHdrFtrRef reference : last.getHeaderReferenceList()) {
            portrait.addNewHeaderReference().set(reference.copy());
        }
        for (CTHdrFtrRef reference : last.getFooterReferenceList()) {
            portrait.addNewFooterReference().set(reference.copy());
        }
        page(portrait, false);
    }

    private static void draftMarking(XWPFDocument docx) {
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = run(paragraph, "DRAFT \u2013 not issued");
        run.setBold(true);
        run.setColor("D4351C");
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
            style.getPPr().addNewKeepNext();
            CTFonts fonts = style.addNewRPr().addNewRFonts();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            style.getRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            styles.addStyle(new XWPFStyle(style));
        }
    }
}
