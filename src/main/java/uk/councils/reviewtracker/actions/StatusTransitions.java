package uk.councils.reviewtracker.actions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which status an action may move to, by who asks and where it stands: the one rule the progress form offers and
 * checks. Rescheduling and suspending are a manager's decisions, so only a manager moves an action into them or
 * lifts them again; an officer keeps reporting notes on a suspended or rescheduled action without changing it.
 */
final class StatusTransitions {

    /** The decisions an officer neither takes nor undoes. */
    private static final Set<ActionStatus> MANAGER_DECISIONS = EnumSet.of(ActionStatus.RESCHEDULED,
            ActionStatus.SUSPENDED);

    /** Why a move is refused, for the message beside the field. */
    enum Refusal { INTO_MANAGER_DECISION, OUT_OF_MANAGER_DECISION }

    private StatusTransitions() {
    }

    static boolean allowed(ActionStatus from, ActionStatus to, boolean manager) {
        return refusal(from, to, manager) == null;
    }

    /** Null when the move is allowed. */
    static Refusal refusal(ActionStatus from, ActionStatus to, boolean manager) {
        if (from == to || manager) {
            return null;
        }
        if (MANAGER_DECISIONS.contains(from)) {
            return Refusal.OUT_OF_MANAGER_DECISION;
        }
        return MANAGER_DECISIONS.contains(to) ? Refusal.INTO_MANAGER_DECISION : null;
    }

    /** The statuses to offer on the form, in their usual order; the current one is always among them. */
    static List<ActionStatus> choices(ActionStatus from, boolean manager) {
        return Arrays.stream(ActionStatus.values()).filter(to -> allowed(from, to, manager)).toList();
    }
}
