package uk.councils.reviewtracker.briefings;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** What happens to a briefing, published by {@link BriefingService} in the transaction that does it. */
public sealed interface BriefingEvent extends AuditedChange {

    Long briefingId();

    @Override
    default RecordType recordType() {
        return RecordType.BRIEFING;
    }

    @Override
    default Long recordId() {
        return briefingId();
    }

    record BriefingCreated(Long briefingId, String summary) implements BriefingEvent {
    }

    record BriefingEdited(Long briefingId, String summary) implements BriefingEvent {
    }

    record BriefingIssued(Long briefingId, String summary) implements BriefingEvent {
    }

    record DraftBriefingDeleted(Long briefingId, String summary) implements BriefingEvent {
    }
}
