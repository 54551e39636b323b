package uk.councils.reviewtracker.findings;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<Finding, Long> {

    @EntityGraph(attributePaths = "theme")
    List<Finding> findByReviewIdOrderByPosition(Long reviewId);

    @Query("select coalesce(max(f.position), 0) from Finding f where f.review.id = :reviewId")
    int lastPosition(Long reviewId);
}
