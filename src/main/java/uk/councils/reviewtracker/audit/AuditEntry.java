package uk.councils.reviewtracker.audit;

import java.time.Instant;

/** One line of the audit trail page: when, who by name, what in plain words, and the record it is about. */
public record AuditEntry(Instant at, String who, String what, RecordType type, Long recordId) {

    /** The page of the record, or null when the event names no record the service can show. */
    public String link() {
        return type == null || recordId == null ? null : type.link(recordId);
    }
}
