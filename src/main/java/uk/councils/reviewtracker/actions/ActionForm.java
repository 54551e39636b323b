package uk.councils.reviewtracker.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.councils.reviewtracker.common.Text;

/** The manager's form for a line of the plan. The target is typed as plans write it ("Aug-26", "31/08/2026"). */
class ActionForm {

    @NotBlank(message = "{action.text.required}")
    @Size(max = 4000, message = "{field.tooLong}")
    private String text;
    @Size(max = 4000, message = "{field.tooLong}")
    private String outcome;
    @Size(max = 4000, message = "{field.tooLong}")
    private String successMeasure;
    @Size(max = 100, message = "{field.tooLong}")
    private String timescale;
    @Size(max = 40, message = "{field.tooLong}")
    private String target;
    private Long leadOfficerId;
    private Long leadAgencyId;
    @NotNull(message = "{action.status.required}")
    private ActionStatus status;
    private long version;

    public ActionForm() {
    }

    ActionForm(String text,
            String outcome,
            String successMeasure,
            String timescale,
            String target,
            Long leadOfficerId,
            Long leadAgencyId,
            ActionStatus status,
            long version) {
        this.text = text;
        this.outcome = outcome;
        this.successMeasure = successMeasure;
        this.timescale = timescale;
        this.target = target;
        this.leadOfficerId = leadOfficerId;
        this.leadAgencyId = leadAgencyId;
        this.status = status;
        this.version = version;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public void setSuccessMeasure(String successMeasure) {
        this.successMeasure = successMeasure;
    }

    public String getTimescale() {
        return timescale;
    }

    public void setTimescale(String timescale) {
        this.timescale = timescale;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getLeadOfficerId() {
        return leadOfficerId;
    }

    public void setLeadOfficerId(Long leadOfficerId) {
        this.leadOfficerId = leadOfficerId;
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public void setLeadAgencyId(Long leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    static ActionForm empty() {
        return new ActionForm("", "", "", "", "", null, null, ActionStatus.NOT_STARTED, 0);
    }

    static ActionForm of(Action action) {
        return new ActionForm(action.getText(), action.getOutcome(), action.getSuccessMeasure(),
                action.getTimescale(), action.getTarget() == null ? "" : action.getTarget().formValue(),
                action.getLeadOfficer() == null ? null : action.getLeadOfficer().getId(),
                action.getLeadAgency() == null ? null : action.getLeadAgency().getId(),
                action.getStatus(), action.getVersion());
    }

    boolean targetUnreadable() {
        return target != null && !target.isBlank() && TargetDate.parse(target).isEmpty();
    }

    ActionDetails details() {
        return new ActionDetails(text.strip(), Text.blankToNull(outcome), Text.blankToNull(successMeasure),
                Text.blankToNull(timescale), TargetDate.parse(target).orElse(null), leadOfficerId, leadAgencyId, status);
    }
}
