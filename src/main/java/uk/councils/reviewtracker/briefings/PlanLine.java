package uk.councils.reviewtracker.briefings;

import java.time.Instant;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.PlanRow;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.TargetDate;

/**
 * One line of an action plan as exports print it: from the live plan or from a frozen snapshot.
 * {@code lastUpdateAt} is the action's last update as the plan page shows it (any progress report, status change
 * or target move), not only the date of the latest note.
 */
public record PlanLine(Long actionId, String ref, String recommendation, String group, String theme, String action,
                       String outcome, String measure, String lead, String agency, String timescale,
                       TargetDate target, ActionStatus status, Rag rag, String latestNote, Instant lastUpdateAt) {

    /** A line of the live plan. */
    public static PlanLine ofRow(PlanRow row) {
        Action action = row.action();
        return new PlanLine(action.getId(), action.getRecommendation().getRef(), action.getRecommendation().getText(),
                row.group(), row.theme(), action.getText(), action.getOutcome(), action.getSuccessMeasure(),
                action.getLeadDisplay(),
                action.getLeadAgency() == null ? null : action.getLeadAgency().getName(), action.getTimescale(),
                action.getTarget(), action.getStatus(), row.rag(),
                row.latestNote() == null ? null : row.latestNote().getNote(),
                action.getLastProgressAt());
    }

    public boolean behindSchedule() {
        return rag == Rag.BEHIND_SCHEDULE;
    }
}
