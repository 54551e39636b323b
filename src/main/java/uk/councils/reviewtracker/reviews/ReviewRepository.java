package uk.councils.reviewtracker.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    @EntityGraph(attributePaths = {"organisation", "framework"})
    List<Review> findAllByOrderByLetterDateDescIdDesc();

    @EntityGraph(attributePaths = {"organisation", "framework"})
    Optional<Review> findWithOrganisationById(Long id);

    boolean existsByOrganisationNameAndTitle(String organisationName, String title);
}
