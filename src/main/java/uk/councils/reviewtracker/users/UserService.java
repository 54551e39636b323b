package uk.councils.reviewtracker.users;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.users.UserEvent.RemindersSwitched;
import uk.councils.reviewtracker.users.UserEvent.UserChanged;
import uk.councils.reviewtracker.users.UserEvent.UserCreated;

/** The public face of the users package: people, their roles and the agencies they work for. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserRepository users;
    private final AgencyRepository agencies;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final UserSessions sessions;

    UserService(UserRepository users, AgencyRepository agencies, PasswordEncoder passwordEncoder,
                ApplicationEventPublisher events, UserSessions sessions) {
        this.events = events;
        this.sessions = sessions;
        this.users = users;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
    }

    public User get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    public Optional<User> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username);
    }

    public List<User> all() {
        return users.findAllByOrderByDisplayNameAsc();
    }

    /** People who can lead an action: officers and managers who are still active. */
    public List<User> possibleLeads() {
        return users.findByEnabledTrueAndRoleInOrderByDisplayNameAsc(List.of(Role.OFFICER, Role.MANAGER));
    }

    public boolean anyWithRole(Role role) {
        return users.existsByRole(role);
    }

    @Transactional
    public User create(String username, String displayName, String rawPassword, Role role, Agency agency) {
        User user = new User(username, displayName, passwordEncoder.encode(rawPassword), role);
        user.setAgency(agency);
        User saved = users.save(user);
        events.publishEvent(new UserCreated(saved.getId(),
                "Created user " + username + " (" + displayName + ") as " + role));
        return saved;
    }

    public boolean usernameTaken(String username, Long exceptId) {
        return users.findByUsernameIgnoreCase(username.strip())
                .filter(existing -> !existing.getId().equals(exceptId)).isPresent();
    }

    @Transactional
    User create(PersonDetails details) {
        User user = create(details.username(), details.displayName(), details.password(), details.role(),
                details.agencyId() == null ? null : agency(details.agencyId()));
        user.setEmail(details.email());
        user.setEnabled(details.enabled());
        return user;
    }

    /** Ends the person's open sessions when what they may do changes, so no session keeps yesterday's rights. */
    @Transactional
    void update(Long id, PersonDetails details) {
        User user = get(id);
        Long agencyBefore = user.getAgency() == null ? null : user.getAgency().getId();
        boolean rightsChange = user.getRole() != details.role() || !Objects.equals(agencyBefore,
                details.agencyId()) || user.isEnabled() && !details.enabled() || details.password() != null;
        user.rename(details.displayName());
        user.setEmail(details.email());
        user.changeRole(details.role());
        user.setAgency(details.agencyId() == null ? null : agency(details.agencyId()));
        user.setEnabled(details.enabled());
        if (details.password() != null) {
            user.changePasswordHash(passwordEncoder.encode(details.password()));
        }
        events.publishEvent(new UserChanged(id, "Changed user " + user.getUsername() + ": role " + details.role()
                + (details.enabled() ? "" : ", disabled") + (details.password() == null ? "" : ", new password")));
        if (rightsChange) {
            sessions.endAllOf(user.getUsername());
        }
    }

    /** People who can receive a reminder digest: able to sign in, with an email address, and not opted out. */
    public List<User> digestRecipients() {
        return users.findByEnabledTrueAndDigestEnabledTrueAndEmailIsNotNullOrderByIdAsc();
    }

    /** A person switches their own reminder digest on or off. */
    @Transactional
    public void setDigestEnabled(Long id, boolean enabled) {
        User user = get(id);
        if (user.isDigestEnabled() != enabled) {
            user.setDigestEnabled(enabled);
            events.publishEvent(new RemindersSwitched(id, (enabled ? "Switched on" : "Switched off")
                    + " reminder emails for " + user.getUsername()));
        }
    }

    public List<Agency> agencies() {
        return agencies.findAllByOrderByNameAsc();
    }

    public Agency agency(Long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    /** The agency of that name, created if it is new: partners are named as the plans write them. */
    @Transactional
    public Agency agencyNamed(String name) {
        return agencies.findByNameIgnoreCase(name.strip()).orElseGet(() -> agencies.save(new Agency(name.strip())));
    }
}
