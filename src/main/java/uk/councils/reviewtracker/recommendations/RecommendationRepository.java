package uk.councils.reviewtracker.recommendations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByReviewIdOrderByPosition(Long reviewId);

    @EntityGraph(attributePaths = {"review", "review.organisation", "findings", "theme"})
    Optional<Recommendation> findWithFindingsById(Long id);

    @EntityGraph(attributePaths = {"theme", "findings", "findings.theme"})
    @Query("select r from Recommendation r where r.review.id = :reviewId")
    List<Recommendation> findWithThemesByReviewId(Long reviewId);

    @Query("select coalesce(max(r.position), 0) from Recommendation r where r.review.id = :reviewId")
    int lastPosition(Long reviewId);
}
