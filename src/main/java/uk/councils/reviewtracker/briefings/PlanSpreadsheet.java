package uk.councils.reviewtracker.briefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.actions.TargetPrecision;

/**
 * Writes an action plan as XLSX or CSV, one action a row, in the {@link PlanColumn} layout. The workbook has real
 * dates and numbers (so it sorts and filters), the RAG word on its colour, and prints on A4 landscape, one page
 * wide with the header row on every page. The CSV opens in Excel as UTF-8 and has one date format.
 */
@Component
public class PlanSpreadsheet {

    static final String PRECISION_HEADER = "Target precision";

    private static final int WIDE = 34;
    private static final int NARROW = 12;
    private static final float LINE_HEIGHT = 12.75f;
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Labels labels;
    private final ZoneId zone;

    PlanSpreadsheet(Labels labels, java.time.Clock clock) {
        this.labels = labels;
        this.zone = clock.getZone();
    }

    public byte[] xlsx(String sheetName, List<PlanLine> plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(safeSheetName(sheetName));
            Styles styles = new Styles(workbook);
            PlanColumn[] columns = PlanColumn.values();
            Row headings = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                headings.createCell(c).setCellValue(columns[c].header());
                headings.getCell(c).setCellStyle(styles.header);
                sheet.setColumnWidth(c, width(columns[c]) * 256);
            }
            for (int r = 0; r < plan.size(); r++) {
                Row row = sheet.createRow(r + 1);
                int lines = 1;
                for (int c = 0; c < columns.length; c++) {
                    write(row.createCell(c), columns[c], plan.get(r), styles);
                    lines = Math.max(lines, lines(columns[c].valueOf(plan.get(r), labels), width(columns[c])));
                }
                // Programs do not size a row to its wrapped text when they open a file: give it the lines it needs.
                row.setHeightInPoints(Math.min(409, lines * LINE_HEIGHT));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(plan.size(), 1), 0, columns.length - 1));
            printSetUp(sheet, sheetName);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text cells are written as text, never as formulas, whatever the text starts with. */
    private void write(Cell cell, PlanColumn column, PlanLine line, Styles styles) {
        switch (column) {
            case REF -> {
                if (line.ref() != null && line.ref().matches("\\d{1,9}")) {
                    cell.setCellValue(Integer.parseInt(line.ref()));
                    cell.setCellStyle(styles.number);
                } else {
                    text(cell, column.valueOf(line, labels), styles);
                }
            }
            case TARGET -> {
                TargetDate target = line.target();
                if (target != null) {
                    cell.setCellValue(target.date());
                    cell.setCellStyle(target.precision() == TargetPrecision.MONTH ? styles.month : styles.day);
                } else {
                    cell.setCellStyle(styles.text);
                }
            }
            case PROGRESS_DATE -> {
                if (line.lastUpdateAt() != null) {
                    cell.setCellValue(line.lastUpdateAt().atZone(zone).toLocalDate());
                    cell.setCellStyle(styles.day);
                } else {
                    cell.setCellStyle(styles.text);
                }
            }
            case RAG -> {
                cell.setCellValue(column.valueOf(line, labels));
                cell.setCellStyle(styles.rag.get(line.rag()));
            }
            default -> text(cell, column.valueOf(line, labels), styles);
        }
    }

    private static void text(Cell cell, String value, Styles styles) {
        cell.setCellValue(value);
        cell.setCellStyle(styles.text);
    }

    /** A column's width in characters. */
    private static int width(PlanColumn column) {
        return switch (column) {
            case RECOMMENDATION, ACTION, PROGRESS -> WIDE;
            case OUTCOME, MEASURE -> 22;
            case REF -> 6;
            case TARGET, PROGRESS_DATE -> 11;
            default -> NARROW;
        };
    }

    /** The lines a text takes wrapped at a width of so many characters (a little less, for the cell's margins). */
    private static int lines(String text, int width) {
        int perLine = Math.max(1, width - 2);
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /** A4 landscape, one page wide (as many pages tall as it needs), the header row on every page, page numbers. */
    private static void printSetUp(XSSFSheet sheet, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.5);
        sheet.setMargin(XSSFSheet.RightMargin, 0.5);
        sheet.setMargin(XSSFSheet.TopMargin, 0.7);
        sheet.setMargin(XSSFSheet.BottomMargin, 0.7);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setCenter(title.replace("&", "&&"));
        sheet.getFooter().setCenter("Page &P of &N");
    }

    public byte[] csv(List<PlanLine> plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Excel reads a CSV without a byte-order mark in the machine's code page: "–" would show as "â€“".
        out.writeBytes(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader(csvHeaders()).get())) {
            for (PlanLine line : plan) {
                for (PlanColumn column : PlanColumn.values()) {
                    printer.print(neutralise(csvValue(column, line)));
                    if (column == PlanColumn.TARGET) {
                        printer.print(line.target() == null ? ""
                                : labels.text("targetPrecision." + line.target().precision()));
                    }
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every date in the CSV as dd/MM/yyyy, the form Excel in a UK locale reads as a date; precision beside it. */
    private String csvValue(PlanColumn column, PlanLine line) {
        return switch (column) {
            case TARGET -> line.target() == null ? "" : CSV_DATE.format(line.target().date());
            case PROGRESS_DATE -> csvDate(line.lastUpdateAt());
            default -> column.valueOf(line, labels);
        };
    }

    private String csvDate(Instant instant) {
        return instant == null ? "" : CSV_DATE.format(instant.atZone(zone));
    }

    /**
     * A spreadsheet program runs a CSV cell that starts with = + - @ (or a tab or return) as a formula:
     * such cells are written with a leading apostrophe so they stay text (OWASP CSV injection advice).
     */
    static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String[] csvHeaders() {
        List<String> headers = new ArrayList<>();
        for (PlanColumn column : PlanColumn.values()) {
            headers.add(column.header());
            if (column == PlanColumn.TARGET) {
                headers.add(PRECISION_HEADER);
            }
        }
        return headers.toArray(String[]::new);
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Action plan" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000 of them. */
    private static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle text;
        final XSSFCellStyle number;
        final XSSFCellStyle day;
        final XSSFCellStyle month;
        final Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header = cell(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF3, (byte) 0xF2, (byte) 0xF1}));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = cell(workbook);
            number = cell(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            day = cell(workbook);
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            month = cell(workbook);
            month.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
            for (Rag value : Rag.values()) {
                XSSFCellStyle style = cell(workbook);
                style.setFillForegroundColor(new XSSFColor(hex(value.getTint())));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                rag.put(value, style);
            }
        }

        private static XSSFCellStyle cell(XSSFWorkbook workbook) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBottomBorderColor(new XSSFColor(hex("B1B4B6")));
            return style;
        }

        private static byte[] hex(String rgb) {
            return java.util.HexFormat.of().parseHex(rgb);
        }
    }
}
