package uk.councils.reviewtracker.actions;

/** The status an officer reports for an action. Rescheduling and suspension need a manager's approval. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    BEHIND_SCHEDULE,
    COMPLETE,
    RESCHEDULED,
    SUSPENDED
}
