package uk.councils.reviewtracker.users;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password is checked, because too many have failed lately. */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins: wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }
}
