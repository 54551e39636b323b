package uk.councils.reviewtracker.briefings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefingRepository extends JpaRepository<Briefing, Long> {

    @EntityGraph(attributePaths = {"review", "review.organisation", "previous"})
    List<Briefing> findByReviewIdOrderByIdDesc(Long reviewId);

    @EntityGraph(attributePaths = {"review", "review.organisation", "review.framework", "previous", "sections"})
    Optional<Briefing> findWithSectionsById(Long id);

    Optional<Briefing> findFirstByReviewIdOrderByIdDesc(Long reviewId);

    Optional<Briefing> findFirstByReviewIdAndIdGreaterThanAndStatusOrderByIdAsc(Long reviewId, Long id,
                                                                              BriefingStatus status);
}
