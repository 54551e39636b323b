package uk.councils.reviewtracker.frameworks;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** A review framework was added with its themes, published by {@link FrameworkService}. */
public record FrameworkAdded(Long frameworkId, String summary) implements AuditedChange {

    @Override
    public RecordType recordType() {
        return RecordType.FRAMEWORK;
    }

    @Override
    public Long recordId() {
        return frameworkId;
    }
}
