package uk.councils.reviewtracker.actions;

public enum TargetPrecision {
    DAY,
    MONTH
}
