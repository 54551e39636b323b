package uk.councils.reviewtracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the spreadsheets the import tests read, the way councils lay out their plans. */
final class PlanSheets {

    private final List<List<Object>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private String sheetName = "Action plan";

    static PlanSheets sheet() {
        return new PlanSheets();
    }

    PlanSheets named(String name) {
        this.sheetName = name;
        return this;
    }

    /** A row of cells: strings, or java.time.LocalDate for a real date cell. */
    PlanSheets row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** Merges rows firstRow..lastRow (0-based) of columns firstColumn..lastColumn, as Excel does. */
    PlanSheets merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merged.add(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof java.time.LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            merged.forEach(sheet::addMergedRegion);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv() {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            text.append(String.join(",", row.stream().map(c -> c == null ? "" : quote(c.toString())).toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
