package uk.councils.reviewtracker.users;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code app.sign-in.max-failures} wrong passwords in a row an account is
 * locked for {@code app.sign-in.lock-minutes}. Kept on the user's row, so every instance sees the same count.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    SignInAttempts(UserRepository users, Clock clock, @Value("${app.sign-in.max-failures:5}") int maxFailures,
                   @Value("${app.sign-in.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(user -> {
            user.signInFailed(maxFailures, clock.instant().plus(lock));
            if (user.getLockedUntil() != null && user.getFailedSignIns() == 0) {
                log.warn("Account {} locked for {} minutes after {} failed sign-ins", user.getId(),
                        lock.toMinutes(), maxFailures);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .filter(user -> user.getFailedSignIns() > 0 || user.getLockedUntil() != null)
                .ifPresent(User::signedIn);
    }
}
