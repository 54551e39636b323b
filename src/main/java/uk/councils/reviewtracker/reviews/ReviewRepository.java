package uk.councils.reviewtracker.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    /** Newest letter first; reviews whose letter date is not known come last. */
    @EntityGraph(attributePaths = {"organisation", "framework"})
    @Query("select r from Review r order by r.letterDate desc nulls last, r.id desc")
    List<Review> findAllNewestFirst();

    @EntityGraph(attributePaths = {"organisation", "framework"})
    Optional<Review> findWithOrganisationById(Long id);

    boolean existsByOrganisationNameAndTitle(String organisationName, String title);
}
