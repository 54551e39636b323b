package uk.councils.reviewtracker.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    List<Agency> findAllByOrderByNameAsc();

    Optional<Agency> findByNameIgnoreCase(String name);
}
