package uk.councils.reviewtracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.briefings.PlanColumn;

/** The downloadable template: the export's columns, an example, and a sheet that explains every column. */
@Component
class ImportTemplate {

    private static final List<String> EXAMPLE = List.of("R1", "Draw up a simple, concise road map",
            "Priority 1: Leadership", "Vision, strategy and leadership",
            "Publish a one-page road map for children's services", "Staff know where their work fits",
            "Road map published and briefed to all teams", "Jo Bloggs", "Children's Social Care", "3 months",
            "31/03/2027", "In progress", "", "Draft shared with partners", "");

    private static final List<List<String>> NOTES = List.of(
            List.of("Column", "What to put in it"),
            List.of("Ref", "The recommendation's reference as printed: R14, 3a, (2). Optional."),
            List.of("Recommendation", "The recommendation's text. Leave blank (or merge the cell) on the rows of its "
                    + "further actions."),
            List.of("Priority or group", "Optional. A row with only a heading, such as PRIORITY 1: LEADERSHIP, "
                    + "works too."),
            List.of("Theme", "Optional: a theme of the review's framework."),
            List.of("Action", "Required: one action a row."),
            List.of("Lead officer", "A user's name or username; other names are kept as written."),
            List.of("Lead agency", "Optional: new agencies are added."),
            List.of("Timescale", "As written: Immediate, Ongoing, 3 months."),
            List.of("Target date", "31/08/2027, Aug-27, August 2027 or Q3 2027/28. Anything else is kept as the "
                    + "timescale."),
            List.of("Status", "Not started, In progress, Behind schedule, Complete, Rescheduled, Suspended; "
                    + "or RAG: Red, Amber, Green, Blue."),
            List.of("RAG", "Read only when Status is empty. The system works out RAG from status and dates."),
            List.of("Latest progress", "Becomes a progress note."),
            List.of("Other headers", "Outcome, Success measure, Source and many usual variants are recognised; "
                    + "you can say what any other column holds in the preview."));

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet plan = workbook.createSheet("Action plan");
            Row header = plan.createRow(0);
            PlanColumn[] columns = PlanColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].header());
                plan.setColumnWidth(c, 24 * 256);
            }
            Row example = plan.createRow(1);
            for (int c = 0; c < EXAMPLE.size(); c++) {
                example.createCell(c).setCellValue(EXAMPLE.get(c));
            }
            Sheet notes = workbook.createSheet("How to fill it in");
            for (int r = 0; r < NOTES.size(); r++) {
                Row row = notes.createRow(r);
                row.createCell(0).setCellValue(NOTES.get(r).get(0));
                row.createCell(1).setCellValue(NOTES.get(r).get(1));
            }
            notes.setColumnWidth(0, 22 * 256);
            notes.setColumnWidth(1, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
