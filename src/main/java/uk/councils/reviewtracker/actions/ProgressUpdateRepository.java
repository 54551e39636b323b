package uk.councils.reviewtracker.actions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderByRecordedAtDescIdDesc(Long actionId);

    /** The notes of a review's actions, newest first, to pick each action's latest. */
    @Query("select p from ProgressUpdate p where p.action.recommendation.review.id = :reviewId and p.note is not null "
            + "order by p.recordedAt desc, p.id desc")
    List<ProgressUpdate> findNotesOfReview(Long reviewId);
}
