package uk.councils.reviewtracker.imports;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportUploadRepository extends JpaRepository<ImportUpload, Long> {

    @EntityGraph(attributePaths = {"review", "review.organisation", "review.framework"})
    Optional<ImportUpload> findWithReviewById(Long id);
}
