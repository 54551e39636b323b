package uk.councils.reviewtracker.imports;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportUploadRepository extends JpaRepository<ImportUpload, Long> {

    @EntityGraph(attributePaths = {"review", "review.organisation", "review.framework"})
    Optional<ImportUpload> findWithReviewById(Long id);

    @Modifying
    @Query("delete from ImportUpload u where u.createdAt < :cutoff")
    int deleteCreatedBefore(java.time.Instant cutoff);
}
