package uk.councils.reviewtracker.findings;

/** Letters give a short summary list up front, then detailed findings per theme. */
public enum FindingDetail {
    SUMMARY,
    DETAILED
}
