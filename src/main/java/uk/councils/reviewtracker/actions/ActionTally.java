package uk.councils.reviewtracker.actions;

/** How many actions of one recommendation share a rating, being overdue or not and stale or not. */
public record ActionTally(Long recommendationId, Rag rag, boolean overdue, boolean stale, int count) {
}
