package uk.councils.reviewtracker.imports;

import java.util.List;

/** The cells of one sheet as text, row by row; {@code rows.get(0)} is the sheet's row 1. */
record RawSheet(String name, List<List<String>> rows) {

    String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean blank(int row) {
        return rows.get(row).stream().allMatch(String::isBlank);
    }
}
