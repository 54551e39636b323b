package uk.councils.reviewtracker.actions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderByRecordedAtDescIdDesc(Long actionId);
}
