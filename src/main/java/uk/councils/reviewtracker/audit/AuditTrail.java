package uk.councils.reviewtracker.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what, and when. The features publish their changes as {@link AuditedChange} events; this writes each
 * one's entry while the publishing transaction is still open, so an entry exists exactly when the change was saved.
 */
@Service
public class AuditTrail {

    static final int PAGE_SIZE = 25;

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /**
     * A plain listener, not an after-commit one: it runs in the publisher's transaction, so the change and its entry
     * commit or roll back together, and one that cannot be written fails the change. MANDATORY: a change published
     * outside a transaction is refused rather than recorded apart from it.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditedChange change) {
        String description = change.summary();
        events.save(new AuditEvent(change.recordType().subject(), change.recordId(), description.length() > 4000
                ? description.substring(0, 3997) + "..." : description));
    }

    /** One page (from 1) of the events the query asks for, newest first, counted and cut in the database. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, int page) {
        return events.findAll(matching(query),
                PageRequest.of(Math.max(0, page - 1), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> about(String subject, Long subjectId) {
        return events.findBySubjectAndSubjectIdOrderByIdDesc(subject, subjectId);
    }

    private static Specification<AuditEvent> matching(AuditQuery query) {
        return (event, criteria, builder) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.username() != null) {
                all.add(builder.equal(event.get("createdBy"), query.username()));
            }
            if (query.type() != null) {
                all.add(builder.equal(event.get("subject"), query.type().subject()));
            }
            if (query.recordId() != null) {
                all.add(builder.equal(event.get("subjectId"), query.recordId()));
            }
            if (query.from() != null) {
                all.add(builder.greaterThanOrEqualTo(event.get("createdAt"), query.from()));
            }
            if (query.until() != null) {
                all.add(builder.lessThan(event.get("createdAt"), query.until()));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }
}
