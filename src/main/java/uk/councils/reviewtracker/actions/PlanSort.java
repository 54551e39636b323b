package uk.councils.reviewtracker.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/** The columns a manager can sort the plan by. Empty values sort last. */
enum PlanSort {
    REF(Comparator.comparingInt((RatedAction r) -> r.action().getRecommendation().getPosition())
            .thenComparingInt(r -> r.action().getPosition())),
    LEAD(Comparator.comparing((RatedAction r) -> r.action().getLeadDisplay(),
            Comparator.nullsLast(Comparator.naturalOrder()))),
    TARGET(Comparator.comparing((RatedAction r) -> r.action().getTargetDate(),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
    RAG(Comparator.comparing(RatedAction::rag)),
    UPDATED(Comparator.comparing((RatedAction r) -> r.action().getLastProgressAt(),
            Comparator.nullsLast(Comparator.<Instant>naturalOrder())));

    private final Comparator<RatedAction> order;

    PlanSort(Comparator<RatedAction> order) {
        this.order = order;
    }

    Comparator<RatedAction> order() {
        return order;
    }
}
