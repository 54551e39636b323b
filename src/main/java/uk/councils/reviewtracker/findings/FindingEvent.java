package uk.councils.reviewtracker.findings;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** What happens to a finding, published by {@link FindingService} in the transaction that does it. */
public sealed interface FindingEvent extends AuditedChange {

    Long findingId();

    @Override
    default RecordType recordType() {
        return RecordType.FINDING;
    }

    @Override
    default Long recordId() {
        return findingId();
    }

    record FindingAdded(Long findingId, String summary) implements FindingEvent {
    }

    record FindingEdited(Long findingId, String summary) implements FindingEvent {
    }

    record FindingDeleted(Long findingId, String summary) implements FindingEvent {
    }
}
