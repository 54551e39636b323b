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

    /**
     * Fetch joins written in the query rather than an entity graph: Hibernate caches the translation of a query
     * by its text, but translates a query with an entity graph again on every call (a few per cent of a page's
     * CPU, and every page asks for its review).
     */
    @Query("select r from Review r join fetch r.organisation left join fetch r.framework where r.id = :id")
    Optional<Review> findWithOrganisationById(Long id);

    boolean existsByOrganisationNameAndTitle(String organisationName, String title);
}
