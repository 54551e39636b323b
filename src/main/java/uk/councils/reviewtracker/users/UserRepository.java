package uk.councils.reviewtracker.users;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = "agency")
    List<User> findAllByOrderByDisplayNameAsc();

    @EntityGraph(attributePaths = "agency")
    List<User> findByEnabledTrueAndRoleInOrderByDisplayNameAsc(List<Role> roles);

    boolean existsByRole(Role role);

    List<User> findByEnabledTrueAndDigestEnabledTrueAndEmailIsNotNullOrderByIdAsc();
}
