package uk.councils.reviewtracker.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what, and when. Services record every change in the same transaction as the change, so an event
 * exists exactly when the change was saved.
 */
@Service
public class AuditTrail {

    static final int PAGE = 200;

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subject, Long subjectId, String description) {
        events.save(new AuditEvent(subject, subjectId, description.length() > 4000
                ? description.substring(0, 3997) + "..." : description));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest() {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, PAGE));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> about(String subject, Long subjectId) {
        return events.findBySubjectAndSubjectIdOrderByIdDesc(subject, subjectId);
    }
}
