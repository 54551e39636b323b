package uk.councils.reviewtracker.actions;

/**
 * An action with what the rules say about it today: its RAG rating, its group in an officer's list, and whether
 * it is stale (no update for longer than its review's reporting interval).
 */
public record RatedAction(Action action, Rag rag, ActionGroup group, boolean stale) {

    /** Open and past its target date: why an action is Behind schedule whatever its status says. */
    public boolean pastTarget() {
        return group == ActionGroup.OVERDUE;
    }
}
