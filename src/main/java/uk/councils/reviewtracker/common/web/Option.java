package uk.councils.reviewtracker.common.web;

/** One choice of a select field. */
public record Option(Object value, String label) {
}
