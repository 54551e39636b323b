package uk.councils.reviewtracker.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface LineOfEnquiryRepository extends JpaRepository<LineOfEnquiry, Long> {

    List<LineOfEnquiry> findByReviewIdOrderByPosition(Long reviewId);

    @EntityGraph(attributePaths = {"review", "review.organisation"})
    Optional<LineOfEnquiry> findWithReviewById(Long id);
}
