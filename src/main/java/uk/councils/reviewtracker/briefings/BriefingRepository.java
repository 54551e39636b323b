package uk.councils.reviewtracker.briefings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefingRepository extends JpaRepository<Briefing, Long> {

    @EntityGraph(attributePaths = {"review", "review.organisation"})
    List<Briefing> findByReviewIdOrderByIdDesc(Long reviewId);

    @EntityGraph(attributePaths = {"review", "review.organisation"})
    List<Briefing> findByReviewIdAndStatusOrderByIdDesc(Long reviewId, BriefingStatus status);

    @EntityGraph(attributePaths = {"review", "review.organisation", "review.framework", "sections"})
    Optional<Briefing> findWithSectionsById(Long id);

    /** The last briefing of the status created before the given one: the one a briefing is compared with. */
    Optional<Briefing> findFirstByReviewIdAndIdLessThanAndStatusOrderByIdDesc(Long reviewId, Long id,
                                                                            BriefingStatus status);

    Optional<Briefing> findFirstByReviewIdAndIdGreaterThanAndStatusOrderByIdAsc(Long reviewId, Long id,
                                                                              BriefingStatus status);
}
