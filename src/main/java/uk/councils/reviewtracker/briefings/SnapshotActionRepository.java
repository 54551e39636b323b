package uk.councils.reviewtracker.briefings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SnapshotActionRepository extends JpaRepository<SnapshotAction, Long> {

    List<SnapshotAction> findByBriefingIdOrderByPosition(Long briefingId);

    /** Rows of (briefing id, RAG, count) for every issued briefing of a review: the trend of the plan over time. */
    @Query("select s.briefing.id, s.rag, count(s) from SnapshotAction s where s.briefing.review.id = :reviewId "
            + "and s.briefing.status = uk.councils.reviewtracker.briefings.BriefingStatus.ISSUED "
            + "group by s.briefing.id, s.rag")
    List<Object[]> countRagByIssuedBriefing(Long reviewId);

    @Modifying
    @Query("delete from SnapshotAction s where s.briefing.id = :briefingId")
    void deleteByBriefing(Long briefingId);
}
