package uk.councils.reviewtracker.reminders;

/** Why an action is in a digest; the sections of a digest, in this order. Labels: {@code digest.reason.NAME}. */
public enum DigestReason {
    OVERDUE,
    DUE_SOON,
    STALE,
    BEHIND_SCHEDULE
}
