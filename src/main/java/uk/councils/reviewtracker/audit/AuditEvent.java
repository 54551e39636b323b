package uk.councils.reviewtracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import uk.councils.reviewtracker.common.AuditedEntity;

/** One change anybody made: who and when are the audit fields, what is the description. Never changed. */
@Entity
@Immutable
public class AuditEvent extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String subject;

    private Long subjectId;

    @Column(nullable = false, length = 4000)
    private String description;

    protected AuditEvent() {
    }

    AuditEvent(String subject, Long subjectId, String description) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.description = description;
    }

    public String getSubject() {
        return subject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDescription() {
        return description;
    }
}
