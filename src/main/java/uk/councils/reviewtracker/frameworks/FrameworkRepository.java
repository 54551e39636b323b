package uk.councils.reviewtracker.frameworks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<Framework, Long> {

    @EntityGraph(attributePaths = "themes")
    List<Framework> findAllByOrderByNameAsc();

    @EntityGraph(attributePaths = "themes")
    Optional<Framework> findWithThemesById(Long id);

    @EntityGraph(attributePaths = "themes")
    Optional<Framework> findByName(String name);

    boolean existsByNameIgnoreCase(String name);
}
