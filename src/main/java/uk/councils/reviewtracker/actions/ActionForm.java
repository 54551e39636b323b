package uk.councils.reviewtracker.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The manager's form for a line of the plan. The target is typed as plans write it ("Aug-26", "31/08/2026"). */
record ActionForm(
        @NotBlank(message = "{action.text.required}") @Size(max = 4000, message = "{field.tooLong}") String text,
        @Size(max = 4000, message = "{field.tooLong}") String outcome,
        @Size(max = 4000, message = "{field.tooLong}") String successMeasure,
        @Size(max = 100, message = "{field.tooLong}") String timescale,
        @Size(max = 40, message = "{field.tooLong}") String target,
        Long leadOfficerId,
        Long leadAgencyId,
        @NotNull(message = "{action.status.required}") ActionStatus status,
        long version) {

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
        return new ActionDetails(text.strip(), blankToNull(outcome), blankToNull(successMeasure),
                blankToNull(timescale), TargetDate.parse(target).orElse(null), leadOfficerId, leadAgencyId, status);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
