package uk.councils.reviewtracker.actions;

/** The groups of an officer's list, in the order they are shown: what needs attention first. */
public enum ActionGroup {
    OVERDUE,
    DUE_SOON,
    BEHIND_SCHEDULE,
    IN_PROGRESS,
    COMPLETE
}
