package uk.councils.reviewtracker.audit;

/**
 * A change the audit trail records: the domain events the features publish (ActionEvent.ProgressReported,
 * ReviewEvent.ReviewAdded, ...) are these. Who made it and when are taken where the entry is written, in the
 * change's own transaction (see {@link AuditTrail#record(AuditedChange)}).
 */
public interface AuditedChange {

    /** The kind of record the change is about. */
    RecordType recordType();

    /** The record's number. */
    Long recordId();

    /** What happened, in the feature's words; codes (a status, a role) are named by {@link AuditWording}. */
    String summary();
}
