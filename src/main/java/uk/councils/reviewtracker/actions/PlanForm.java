package uk.councils.reviewtracker.actions;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/** The manager's changes across a review's plan: new leads, and new target dates for the chosen actions. */
class PlanForm {

    private Map<Long, Long> leads = new HashMap<>();
    private List<Long> selected = new ArrayList<>();
    @Size(max = 40, message = "{field.tooLong}")
    private String newTarget;
    @Size(max = 2000, message = "{field.tooLong}")
    private String reason;

    void checkTargetMove(Errors errors) {
        if (selected == null || selected.isEmpty()) {
            errors.rejectValue("selected", "plan.selected.required");
        }
        if (newTarget == null || newTarget.isBlank()) {
            errors.rejectValue("newTarget", "plan.newTarget.required");
        } else if (TargetDate.parse(newTarget).isEmpty()) {
            errors.rejectValue("newTarget", "action.target.unreadable");
        }
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "progress.targetReason.required");
        }
    }

    TargetDate target() {
        return TargetDate.parse(newTarget).orElseThrow();
    }

    public Map<Long, Long> getLeads() {
        return leads;
    }

    public void setLeads(Map<Long, Long> leads) {
        this.leads = leads;
    }

    public List<Long> getSelected() {
        return selected;
    }

    public void setSelected(List<Long> selected) {
        this.selected = selected;
    }

    public String getNewTarget() {
        return newTarget;
    }

    public void setNewTarget(String newTarget) {
        this.newTarget = newTarget;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
