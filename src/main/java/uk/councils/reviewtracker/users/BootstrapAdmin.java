package uk.councils.reviewtracker.users;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a production database nobody can sign in until an administrator exists: the first one comes from
 * APP_BOOTSTRAP_ADMIN_USERNAME / APP_BOOTSTRAP_ADMIN_PASSWORD, and only while no administrator exists. Checked at
 * start, after the demo data is loaded (when the beans are ready) and before the web server takes requests (it
 * starts in one of the last phases), so the first administrator can sign in as soon as the sign-in page answers.
 */
@Component
class BootstrapAdmin implements SmartLifecycle {

    static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserService users;
    private final String username;
    private final String password;
    private volatile boolean checked;

    BootstrapAdmin(UserService users,
                   @Value("${app.bootstrap-admin.username:}") String username,
                   @Value("${app.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void start() {
        createFirstAdministrator();
        checked = true;
    }

    @Override
    public void stop() {
        checked = false;
    }

    @Override
    public boolean isRunning() {
        return checked;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void createFirstAdministrator() {
        if (users.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            log.warn("No administrator exists. Set APP_BOOTSTRAP_ADMIN_USERNAME and APP_BOOTSTRAP_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        PasswordPolicy.check(password, username).ifPresent(problem -> {
            throw new IllegalStateException("APP_BOOTSTRAP_ADMIN_PASSWORD is refused (" + problem.name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + "): use at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, at most " + PasswordPolicy.MAX_BYTES
                    + " bytes, not a common password and not containing the username");
        });
        users.create(username, "Administrator", password, Role.ADMIN, null);
        log.info("Created the first administrator '{}'", username);
    }
}
