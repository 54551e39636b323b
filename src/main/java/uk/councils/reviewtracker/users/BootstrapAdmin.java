package uk.councils.reviewtracker.users;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a production database nobody can sign in until an administrator exists: the first one comes from
 * APP_BOOTSTRAP_ADMIN_USERNAME / APP_BOOTSTRAP_ADMIN_PASSWORD, and only while no administrator exists.
 */
@Component
@Order(1)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserService users;
    private final String username;
    private final String password;

    BootstrapAdmin(UserService users,
                   @Value("${app.bootstrap-admin.username:}") String username,
                   @Value("${app.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
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
