package uk.councils.reviewtracker.audit;

import java.time.Instant;

/** Which events to list; every part is optional. {@code until} is exclusive. */
record AuditQuery(String username, RecordType type, Long recordId, Instant from, Instant until) {
}
