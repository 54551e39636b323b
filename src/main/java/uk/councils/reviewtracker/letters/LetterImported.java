package uk.councils.reviewtracker.letters;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** A review letter became a review (recorded against the review), published by {@link LetterImportService}. */
public record LetterImported(Long reviewId, String summary) implements AuditedChange {

    @Override
    public RecordType recordType() {
        return RecordType.REVIEW;
    }

    @Override
    public Long recordId() {
        return reviewId;
    }
}
