package uk.councils.reviewtracker.actions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long>, ActionFactsRepository {

    @EntityGraph(attributePaths = {"recommendation", "recommendation.review", "leadOfficer", "leadAgency"})
    @Query("select a from Action a where a.recommendation.review.id = :reviewId "
            + "order by a.recommendation.position, a.position")
    List<Action> findByReviewId(Long reviewId);

    @EntityGraph(attributePaths = {"recommendation", "recommendation.review", "recommendation.review.organisation",
            "leadOfficer", "leadAgency"})
    List<Action> findWithDetailsByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = {"recommendation", "recommendation.review", "recommendation.review.organisation",
            "leadOfficer", "leadAgency"})
    Optional<Action> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"recommendation", "recommendation.review", "recommendation.review.organisation",
            "leadOfficer", "leadAgency"})
    @Query("select a from Action a where a.recommendation.review.status <> :excluded and a.status not in :closed "
            + "order by a.targetDate nulls last, a.id")
    List<Action> findOpenOfReviewsNotIn(uk.councils.reviewtracker.reviews.ReviewStatus excluded,
                                        List<ActionStatus> closed);

    @Query("select coalesce(max(a.position), 0) from Action a where a.recommendation.id = :recommendationId")
    int lastPosition(Long recommendationId);
}
