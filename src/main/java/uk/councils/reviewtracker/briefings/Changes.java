package uk.councils.reviewtracker.briefings;

import java.util.List;

/**
 * What changed in the plan between the previous briefing's snapshot and this one's: actions completed, slipped
 * (target moved later), newly behind schedule, targets moved earlier or first set, and actions added.
 */
public record Changes(Briefing previous, List<Change> completed, List<Change> slipped, List<Change> newlyBehind,
                      List<Change> targetsMoved, List<PlanLine> added) {

    public boolean none() {
        return completed.isEmpty() && slipped.isEmpty() && newlyBehind.isEmpty() && targetsMoved.isEmpty()
                && added.isEmpty();
    }

    /** One action then and now. */
    public record Change(PlanLine before, PlanLine now) {
    }
}
