package uk.councils.reviewtracker.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record the audit trail is about: the subject stored for it, the message naming it
 * ({@code auditRecord.NAME}) and the page that shows the record. A line of enquiry, a letter or a plan import is
 * recorded against its review.
 */
public enum RecordType {
    REVIEW("Review", "/reviews/%d"),
    FINDING("Finding", "/findings/%d/edit"),
    RECOMMENDATION("Recommendation", "/recommendations/%d/edit"),
    ACTION("Action", "/actions/%d"),
    BRIEFING("Briefing", "/briefings/%d"),
    FRAMEWORK("Framework", "/frameworks/%d"),
    USER("User", "/admin/users/%d/edit");

    private final String subject;
    private final String page;

    RecordType(String subject, String page) {
        this.subject = subject;
        this.page = page;
    }

    static Optional<RecordType> of(String subject) {
        return Arrays.stream(values()).filter(type -> type.subject.equals(subject)).findFirst();
    }

    /** What {@code audit_event.subject} holds for this kind of record. */
    String subject() {
        return subject;
    }

    String link(long id) {
        return page.formatted(id);
    }
}
