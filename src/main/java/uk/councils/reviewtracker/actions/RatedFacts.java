package uk.councils.reviewtracker.actions;

import java.time.LocalDate;

/** What the rules say about an action, from its facts alone. */
public record RatedFacts(Long actionId, Long reviewId, ActionStatus status, LocalDate targetDate, Rag rag,
                         ActionGroup group, boolean stale) {
}
