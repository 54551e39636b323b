package uk.councils.reviewtracker.actions;

import java.time.Instant;
import java.time.LocalDate;

/** The few columns of an action that the rules need, read without loading the entity (for portfolio figures). */
public record ActionFacts(Long actionId, Long reviewId, ActionStatus status, LocalDate targetDate,
                          Instant lastProgressAt, Instant createdAt, int reportingIntervalWeeks) {
}
