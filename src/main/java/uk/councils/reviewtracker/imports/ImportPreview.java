package uk.councils.reviewtracker.imports;

import java.util.List;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.imports.PlanDraft.ColumnMapping;

/** What confirming would do: every recommendation and action, new or matched, with the file's issues. */
public record ImportPreview(Long uploadId, Long reviewId, String fileName, String sheet, int headerRow,
                            List<ColumnMapping> columns, List<Recommendation> recommendations,
                            List<Issue> issues) {

    public boolean canConfirm() {
        return issues.stream().noneMatch(Issue::error) && !recommendations.isEmpty();
    }

    public long newRecommendations() {
        return recommendations.stream().filter(r -> r.existingId() == null).count();
    }

    public long newActions() {
        return actions().filter(a -> a.existingId() == null).count();
    }

    public long changedActions() {
        return actions().filter(a -> a.existingId() != null && a.changes()).count();
    }

    public long unchangedActions() {
        return actions().filter(a -> a.existingId() != null && !a.changes()).count();
    }

    public List<Issue> errors() {
        return issues.stream().filter(Issue::error).toList();
    }

    private java.util.stream.Stream<Action> actions() {
        return recommendations.stream().flatMap(r -> r.actions().stream());
    }

    /** One issue of the file, in words: where it is and what was done about it. */
    public record Issue(String sheet, int row, String column, ImportIssue.Severity severity, String message) {

        public boolean error() {
            return severity == ImportIssue.Severity.ERROR;
        }
    }

    /** A recommendation of the file; {@code existingId} is set when the review already has it. */
    public record Recommendation(int row, Long existingId, String ref, String text, String group, String theme,
                                 Long themeId, List<Action> actions) {
    }

    /** An action of the file as it would be saved; {@code changes} when it would change an existing one. */
    public record Action(int row, Long existingId, boolean changes, String text, String outcome, String measure,
                         String timescale, TargetDate target, String lead, Long leadUserId, String agency,
                         ActionStatus status, String note) {
    }
}
