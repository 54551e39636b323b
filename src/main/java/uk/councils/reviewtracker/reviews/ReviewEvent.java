package uk.councils.reviewtracker.reviews;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/**
 * What happens to a review and its lines of enquiry (recorded against the review), published by
 * {@link ReviewService} in the transaction that does it.
 */
public sealed interface ReviewEvent extends AuditedChange {

    Long reviewId();

    @Override
    default RecordType recordType() {
        return RecordType.REVIEW;
    }

    @Override
    default Long recordId() {
        return reviewId();
    }

    record ReviewAdded(Long reviewId, String summary) implements ReviewEvent {
    }

    record ReviewEdited(Long reviewId, String summary) implements ReviewEvent {
    }

    record LineOfEnquiryAdded(Long reviewId, String summary) implements ReviewEvent {
    }

    record LineOfEnquiryEdited(Long reviewId, String summary) implements ReviewEvent {
    }

    record LineOfEnquiryDeleted(Long reviewId, String summary) implements ReviewEvent {
    }
}
