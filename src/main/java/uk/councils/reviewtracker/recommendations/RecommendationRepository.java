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

    /**
     * For each of the review's recommendations: its id, the theme it is placed under (or null) and the theme of one of
     * its findings (or null), one row per finding. Tuples, not entities: a dashboard of a 300-recommendation plan
     * asked for this on every view, and loading the recommendations with their findings cost more than the page.
     */
    @Query("select r.id, t, ft from Recommendation r left join r.theme t left join r.findings f "
            + "left join f.theme ft where r.review.id = :reviewId")
    List<Object[]> findThemesByReviewId(Long reviewId);

    @Query("select coalesce(max(r.position), 0) from Recommendation r where r.review.id = :reviewId")
    int lastPosition(Long reviewId);
}
