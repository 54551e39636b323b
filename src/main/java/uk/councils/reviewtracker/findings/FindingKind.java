package uk.councils.reviewtracker.findings;

public enum FindingKind {
    STRENGTH,
    AREA_FOR_CONSIDERATION
}
