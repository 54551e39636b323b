package uk.councils.reviewtracker.imports;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells of one sheet as they are read, in whatever order the reader meets them: rows and cells between those
 * present are blank, as the spreadsheet shows them. Refuses a sheet over the row or column limits and stops at the
 * file's {@link SheetBudget} as soon as it is spent.
 */
final class SheetCells {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 100;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private final String name;
    private final SheetBudget budget;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();

    SheetCells(String name, SheetBudget budget) {
        this.name = name;
        this.budget = budget;
    }

    /** A row that is there, with or without cells. */
    List<String> row(int row) {
        if (row >= MAX_ROWS) {
            throw new ImportException("import.file.tooManyRows", name, MAX_ROWS);
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        return rows.get(row);
    }

    void cell(int row, int column, String text) {
        if (column >= MAX_COLUMNS) {
            throw new ImportException("import.file.tooManyColumns", name, MAX_COLUMNS);
        }
        List<String> cells = row(row);
        pad(cells, column);
        cells.set(column, text);
    }

    void merge(CellRangeAddress merged) {
        budget.cells(1);
        merges.add(merged);
    }

    RawSheet sheet() {
        merges.forEach(this::fill);
        return new RawSheet(name, rows);
    }

    /**
     * A merge is read by its shape. Across columns it is one value for its row, kept in its first cell only: a
     * recommendation's text merged across the action columns is not an action, a lead and a date. Down rows it
     * belongs to every row it covers: a recommendation merged down the rows of its actions.
     */
    private void fill(CellRangeAddress merged) {
        if (merged.getFirstRow() >= rows.size() || merged.getFirstColumn() >= MAX_COLUMNS) {
            return;
        }
        List<String> first = rows.get(merged.getFirstRow());
        String value = merged.getFirstColumn() < first.size() ? first.get(merged.getFirstColumn()) : "";
        for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), rows.size() - 1); r++) {
            List<String> cells = rows.get(r);
            int last = Math.min(merged.getLastColumn(), MAX_COLUMNS - 1);
            pad(cells, last);
            for (int c = merged.getFirstColumn(); c <= last; c++) {
                cells.set(c, c == merged.getFirstColumn() ? value : "");
            }
        }
    }

    private void pad(List<String> cells, int column) {
        if (cells.size() <= column) {
            budget.cells(column + 1L - cells.size());
            while (cells.size() <= column) {
                cells.add("");
            }
        }
    }

    /**
     * A date cell as a day, or as a month when its format shows no day ("mmm-yy", "mmmm yyyy"): the plan's
     * author chose to say "March 2013", not "1 March 2013".
     */
    static String date(LocalDateTime value, String format) {
        boolean showsDay = format == null || format.replaceAll("\\[[^]]*]|\"[^\"]*\"", "").toLowerCase(Locale.UK)
                .contains("d");
        return showsDay ? value.toLocalDate().format(ISO) : YearMonth.from(value).format(MONTH);
    }

    /** The text without control characters other than line breaks and tabs: the database refuses some of them. */
    static String printable(String text) {
        return CONTROL.matcher(text).replaceAll("").strip();
    }
}
