package uk.councils.reviewtracker.imports;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportUploadRepository extends JpaRepository<ImportUpload, Long> {

    @EntityGraph(attributePaths = {"review", "review.organisation", "review.framework"})
    Optional<ImportUpload> findWithReviewById(Long id);

    /** The upload, locked until the transaction ends: two confirms of one upload run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from ImportUpload u where u.id = :id")
    Optional<ImportUpload> lockById(Long id);

    @Modifying
    @Query("delete from ImportUpload u where u.createdAt < :cutoff")
    int deleteCreatedBefore(java.time.Instant cutoff);
}
