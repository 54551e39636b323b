package uk.councils.reviewtracker.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    List<AuditEvent> findBySubjectAndSubjectIdOrderByIdDesc(String subject, Long subjectId);
}
