package uk.councils.reviewtracker.imports;

import java.util.List;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;

/** What a plan file says, read but not yet matched against the database. */
public record PlanDraft(String sheet, int headerRow, List<ColumnMapping> columns,
                        List<DraftRecommendation> recommendations, List<ImportIssue> issues) {

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::error);
    }

    public int actionCount() {
        return recommendations.stream().mapToInt(r -> r.actions().size()).sum();
    }

    /** One column of the file and what it was taken to hold. */
    public record ColumnMapping(int index, String letter, String header, PlanField field, boolean recognised) {
    }

    /** A recommendation of the file, with the sheet and row where the plan states it. */
    public record DraftRecommendation(String sheet, int row, String ref, String text, String group, String theme, String source,
                                      List<DraftAction> actions) {
    }

    /** An action row; a null field means the file does not say (the column is missing or the cell empty). */
    public record DraftAction(int row, String text, String outcome, String measure, String timescale,
                              TargetDate target, String lead, String agency, ActionStatus status, String note) {
    }
}
