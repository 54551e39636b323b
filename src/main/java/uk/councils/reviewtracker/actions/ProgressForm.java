package uk.councils.reviewtracker.actions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import uk.councils.reviewtracker.common.Text;

/** An officer's progress update. The rules that tie fields together are in {@link #check}. */
class ProgressForm {

    @NotNull(message = "{progress.status.required}")
    private ActionStatus status;
    @Size(max = 2000, message = "{field.tooLong}")
    private String note;
    @Size(max = 1000, message = "{field.tooLong}")
    private String evidence;
    @Size(max = 40, message = "{field.tooLong}")
    private String revisedTarget;
    @Size(max = 2000, message = "{field.tooLong}")
    private String targetReason;
    private long version;

    public ProgressForm() {
    }

    static ProgressForm of(Action action) {
        ProgressForm form = new ProgressForm();
        form.status = action.getStatus();
        form.version = action.getVersion();
        return form;
    }

    /** Checks what single-field annotations cannot, against the action as it stands. */
    void check(Action action, boolean manager, Errors errors) {
        boolean statusChanges = status != null && status != action.getStatus();
        boolean completing = status == ActionStatus.COMPLETE && statusChanges;
        StatusTransitions.Refusal refusal = status == null ? null
                : StatusTransitions.refusal(action.getStatus(), status, manager);
        if (refusal != null) {
            errors.rejectValue("status", refusal == StatusTransitions.Refusal.INTO_MANAGER_DECISION
                    ? "progress.status.managerOnly" : "progress.status.managerLifts");
        }
        if (blank(note) && (statusChanges || blank(revisedTarget))) {
            errors.rejectValue("note", statusChanges ? "progress.note.requiredForStatus" : "progress.note.required");
        }
        if (completing && blank(evidence)) {
            errors.rejectValue("evidence", "progress.evidence.required");
        }
        if (!blank(revisedTarget)) {
            if (TargetDate.parse(revisedTarget).isEmpty()) {
                errors.rejectValue("revisedTarget", "action.target.unreadable");
            }
            if (blank(targetReason)) {
                errors.rejectValue("targetReason", "progress.targetReason.required");
            }
        }
    }

    ProgressReport report() {
        return new ProgressReport(status, Text.blankToNull(note), Text.blankToNull(evidence),
                TargetDate.parse(revisedTarget).orElse(null), Text.blankToNull(targetReason));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getRevisedTarget() {
        return revisedTarget;
    }

    public void setRevisedTarget(String revisedTarget) {
        this.revisedTarget = revisedTarget;
    }

    public String getTargetReason() {
        return targetReason;
    }

    public void setTargetReason(String targetReason) {
        this.targetReason = targetReason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
