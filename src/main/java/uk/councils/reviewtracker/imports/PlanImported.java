package uk.councils.reviewtracker.imports;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** A spreadsheet plan was imported into a review (recorded against the review), published by {@link ImportService}. */
public record PlanImported(Long reviewId, String summary) implements AuditedChange {

    @Override
    public RecordType recordType() {
        return RecordType.REVIEW;
    }

    @Override
    public Long recordId() {
        return reviewId;
    }
}
