package uk.councils.reviewtracker.recommendations;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** What happens to a recommendation, published by {@link RecommendationService} in the transaction that does it. */
public sealed interface RecommendationEvent extends AuditedChange {

    Long recommendationId();

    @Override
    default RecordType recordType() {
        return RecordType.RECOMMENDATION;
    }

    @Override
    default Long recordId() {
        return recommendationId();
    }

    record RecommendationAdded(Long recommendationId, String summary) implements RecommendationEvent {
    }

    /** Its text, or the council's response to it. */
    record RecommendationEdited(Long recommendationId, String summary) implements RecommendationEvent {
    }
}
