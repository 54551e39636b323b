package uk.councils.reviewtracker.briefings;

/** A draft's narrative can still change; an issued briefing never does. */
public enum BriefingStatus {
    DRAFT,
    ISSUED
}
