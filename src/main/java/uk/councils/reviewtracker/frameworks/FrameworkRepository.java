package uk.councils.reviewtracker.frameworks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrameworkRepository extends JpaRepository<Framework, Long> {

    @EntityGraph(attributePaths = "themes")
    List<Framework> findAllByOrderByNameAsc();

    /** A fetch join, not an entity graph: Hibernate translates a query with an entity graph again on every call. */
    @Query("select f from Framework f left join fetch f.themes where f.id = :id")
    Optional<Framework> findWithThemesById(Long id);

    @EntityGraph(attributePaths = "themes")
    Optional<Framework> findByName(String name);

    boolean existsByNameIgnoreCase(String name);
}
