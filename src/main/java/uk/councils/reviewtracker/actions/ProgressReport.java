package uk.councils.reviewtracker.actions;

/** What an officer reports: the status now, a note, evidence of completion, and perhaps a new target. */
public record ProgressReport(ActionStatus status, String note, String evidence, TargetDate revisedTarget,
                             String targetReason) {
}
