package uk.councils.reviewtracker.recommendations;

/** How cabinet (or the council) answered a recommendation. */
public enum ResponseType {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    ACCEPTED_IN_PRINCIPLE,
    REJECTED
}
