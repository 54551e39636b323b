package uk.councils.reviewtracker.actions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderByRecordedAtDescIdDesc(Long actionId);

    /**
     * The latest note of each of a review's actions (the newest, the last written if two share a time), newest
     * first: one row per action however long its history.
     */
    @Query("select p from ProgressUpdate p where p.action.recommendation.review.id = :reviewId and p.note is not null "
            + "and not exists (select later.id from ProgressUpdate later where later.action = p.action "
            + "and later.note is not null and (later.recordedAt > p.recordedAt "
            + "or (later.recordedAt = p.recordedAt and later.id > p.id))) "
            + "order by p.recordedAt desc, p.id desc")
    List<ProgressUpdate> findLatestNotesOfReview(Long reviewId);

    /** The latest note of each of these actions, as {@link #findLatestNotesOfReview} chooses it. */
    @Query("select p from ProgressUpdate p where p.action.id in :actionIds and p.note is not null "
            + "and not exists (select later.id from ProgressUpdate later where later.action = p.action "
            + "and later.note is not null and (later.recordedAt > p.recordedAt "
            + "or (later.recordedAt = p.recordedAt and later.id > p.id)))")
    List<ProgressUpdate> findLatestNotesOfActions(java.util.Collection<Long> actionIds);
}
