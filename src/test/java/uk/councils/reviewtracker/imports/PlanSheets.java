package uk.councils.reviewtracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the spreadsheets the import tests read, the way councils lay out their plans: one or more sheets, real
 * merged regions, date cells, numbers; written as .xlsx, .xls or CSV in a chosen encoding.
 */
final class PlanSheets {

    /** A real Excel date cell shown with a number format of its own, such as "mmm-yy". */
    record DateCell(LocalDate date, String format) {
    }

    private record SheetSpec(String name, List<List<Object>> rows, List<CellRangeAddress> merged) {
    }

    private final List<SheetSpec> sheets = new ArrayList<>();

    private PlanSheets() {
        sheets.add(new SheetSpec("Action plan", new ArrayList<>(), new ArrayList<>()));
    }

    static PlanSheets sheet() {
        return new PlanSheets();
    }

    /** Names the sheet being written. */
    PlanSheets named(String name) {
        SheetSpec current = current();
        sheets.set(sheets.size() - 1, new SheetSpec(name, current.rows(), current.merged()));
        return this;
    }

    /** Starts another sheet of the same workbook; CSV holds the first sheet only. */
    PlanSheets nextSheet(String name) {
        sheets.add(new SheetSpec(name, new ArrayList<>(), new ArrayList<>()));
        return this;
    }

    /** A row of cells: strings, numbers, java.time.LocalDate or {@link DateCell} for a real date cell. */
    PlanSheets row(Object... cells) {
        current().rows().add(Arrays.asList(cells));
        return this;
    }

    /** Merges rows firstRow..lastRow (0-based) of columns firstColumn..lastColumn, as Excel does. */
    PlanSheets merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        current().merged().add(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    /** The 0-based index the next row will have in the current sheet, for merges. */
    int nextRow() {
        return current().rows().size();
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            return write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            return write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Workbook workbook) throws IOException {
        CellStyle dayStyle = dateStyle(workbook, "dd/mm/yyyy");
        for (SheetSpec spec : sheets) {
            Sheet sheet = workbook.createSheet(spec.name());
            for (int r = 0; r < spec.rows().size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = spec.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dayStyle);
                    } else if (value instanceof DateCell date) {
                        row.createCell(c).setCellValue(date.date());
                        row.getCell(c).setCellStyle(dateStyle(workbook, date.format()));
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            spec.merged().forEach(sheet::addMergedRegion);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static CellStyle dateStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    byte[] csv() {
        return csv(StandardCharsets.UTF_8);
    }

    /** The first sheet as Excel saves it as CSV: every cell quoted, CRLF line ends, in the given encoding. */
    byte[] csv(Charset charset) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : sheets.get(0).rows()) {
            text.append(String.join(",", row.stream().map(c -> c == null ? "" : quote(c.toString())).toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    private SheetSpec current() {
        return sheets.get(sheets.size() - 1);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
