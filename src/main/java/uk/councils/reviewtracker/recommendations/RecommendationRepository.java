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
     * The review's recommendations in plan order as lines, each with the name of the theme it falls under: its own,
     * or else the first (in framework order) of the findings it answers. A projection, not entities: a dashboard of
     * a 300-recommendation plan asked for this on every view, and loading the recommendations (with their findings,
     * for their themes) cost more than the page.
     */
    @Query("select new uk.councils.reviewtracker.recommendations.RecommendationLine(r.id, r.ref, r.text, "
            + "r.groupHeading, r.response.type, coalesce(t.name, (select ft.name from Recommendation answering "
            + "join answering.findings f join f.theme ft where answering.id = r.id order by ft.position, ft.id "
            + "limit 1))) from Recommendation r left join r.theme t where r.review.id = :reviewId order by r.position")
    List<RecommendationLine> findLinesByReviewId(Long reviewId);

    @Query("select coalesce(max(r.position), 0) from Recommendation r where r.review.id = :reviewId")
    int lastPosition(Long reviewId);
}
