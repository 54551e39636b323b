package uk.councils.reviewtracker.reviews;

public enum ReviewStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
