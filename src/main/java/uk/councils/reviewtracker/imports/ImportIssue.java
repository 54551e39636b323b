package uk.councils.reviewtracker.imports;

import java.util.List;

/** Something the preview reports about one place in the file: sheet, row (as the spreadsheet numbers it), column. */
public record ImportIssue(String sheet, int row, String column, Severity severity, String messageKey,
                          List<Object> arguments) {

    /** Errors stop the import; warnings and notes explain what was done. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }
}
