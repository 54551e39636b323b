package uk.councils.reviewtracker.imports;

import java.util.Map;
import java.util.Optional;
import uk.councils.reviewtracker.actions.ActionStatus;

/**
 * The status words and RAG letters councils write in plans, in any case: "Completed", "In Progress", "behind
 * schedule", "On track", "G", "Amber". Amber is read as in progress: the RAG rule works out "at risk" from dates.
 */
final class StatusWords {

    private static final Map<String, ActionStatus> WORDS = Map.ofEntries(
            Map.entry("complete", ActionStatus.COMPLETE), Map.entry("completed", ActionStatus.COMPLETE),
            Map.entry("done", ActionStatus.COMPLETE), Map.entry("achieved", ActionStatus.COMPLETE),
            Map.entry("closed", ActionStatus.COMPLETE), Map.entry("blue", ActionStatus.COMPLETE),
            Map.entry("b", ActionStatus.COMPLETE), Map.entry("c", ActionStatus.COMPLETE),
            Map.entry("in progress", ActionStatus.IN_PROGRESS), Map.entry("in progress on schedule",
                    ActionStatus.IN_PROGRESS), Map.entry("on schedule", ActionStatus.IN_PROGRESS),
            Map.entry("on track", ActionStatus.IN_PROGRESS), Map.entry("on target", ActionStatus.IN_PROGRESS),
            Map.entry("started", ActionStatus.IN_PROGRESS), Map.entry("underway", ActionStatus.IN_PROGRESS),
            Map.entry("under way", ActionStatus.IN_PROGRESS), Map.entry("green", ActionStatus.IN_PROGRESS),
            Map.entry("g", ActionStatus.IN_PROGRESS), Map.entry("amber", ActionStatus.IN_PROGRESS),
            Map.entry("a", ActionStatus.IN_PROGRESS), Map.entry("at risk", ActionStatus.IN_PROGRESS),
            Map.entry("behind schedule", ActionStatus.BEHIND_SCHEDULE), Map.entry("behind", ActionStatus.BEHIND_SCHEDULE),
            Map.entry("delayed", ActionStatus.BEHIND_SCHEDULE), Map.entry("slipped", ActionStatus.BEHIND_SCHEDULE),
            Map.entry("off track", ActionStatus.BEHIND_SCHEDULE), Map.entry("overdue", ActionStatus.BEHIND_SCHEDULE),
            Map.entry("red", ActionStatus.BEHIND_SCHEDULE), Map.entry("r", ActionStatus.BEHIND_SCHEDULE),
            Map.entry("not started", ActionStatus.NOT_STARTED), Map.entry("not yet started", ActionStatus.NOT_STARTED),
            Map.entry("to start", ActionStatus.NOT_STARTED), Map.entry("grey", ActionStatus.NOT_STARTED),
            Map.entry("rescheduled", ActionStatus.RESCHEDULED), Map.entry("rescheduled with approval",
                    ActionStatus.RESCHEDULED), Map.entry("deferred", ActionStatus.RESCHEDULED),
            Map.entry("suspended", ActionStatus.SUSPENDED), Map.entry("suspended with approval",
                    ActionStatus.SUSPENDED), Map.entry("on hold", ActionStatus.SUSPENDED));

    private StatusWords() {
    }

    static Optional<ActionStatus> parse(String text) {
        return Optional.ofNullable(WORDS.get(PlanField.normalise(text)));
    }

    /** Amber and "at risk" are not statuses of their own here: the preview says so. */
    static boolean softened(String text) {
        String words = PlanField.normalise(text);
        return words.equals("amber") || words.equals("a") || words.equals("at risk");
    }
}
