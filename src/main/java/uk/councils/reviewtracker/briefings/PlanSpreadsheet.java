package uk.councils.reviewtracker.briefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes an action plan as XLSX or CSV, one action a row, in the {@link PlanColumn} layout. */
@Component
public class PlanSpreadsheet {

    private static final int WIDE = 60 * 256;
    private static final int NARROW = 18 * 256;

    private final Labels labels;

    PlanSpreadsheet(Labels labels) {
        this.labels = labels;
    }

    public byte[] xlsx(String sheetName, List<PlanLine> plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            PlanColumn[] columns = PlanColumn.values();
            Row headings = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                headings.createCell(c).setCellValue(columns[c].header());
                headings.getCell(c).setCellStyle(header);
                boolean wide = columns[c] == PlanColumn.RECOMMENDATION || columns[c] == PlanColumn.ACTION
                        || columns[c] == PlanColumn.PROGRESS;
                sheet.setColumnWidth(c, wide ? WIDE : NARROW);
            }
            for (int r = 0; r < plan.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    // Written as text cells, never formulas, whatever the text starts with.
                    row.createCell(c).setCellValue(columns[c].valueOf(plan.get(r), labels));
                    row.getCell(c).setCellStyle(wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(plan.size(), 1), 0, columns.length - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(List<PlanLine> plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader(headers()).get())) {
            for (PlanLine line : plan) {
                for (PlanColumn column : PlanColumn.values()) {
                    printer.print(neutralise(column.valueOf(line, labels)));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    private static String[] headers() {
        PlanColumn[] columns = PlanColumn.values();
        String[] headers = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headers[i] = columns[i].header();
        }
        return headers;
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Action plan" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
