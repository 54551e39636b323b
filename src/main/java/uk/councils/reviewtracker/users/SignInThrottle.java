package uk.councils.reviewtracker.users;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock another person out. Failed sign-ins are counted
 * per name typed (whether or not anybody has it, so the answers do not tell which accounts exist), per client
 * address, and per both. Past a number of free attempts each further failure makes the next attempt wait twice as
 * long as the last, up to a ceiling. A guesser at one address soon waits many minutes; from anywhere else the
 * account's owner waits at most {@link Scope#ACCOUNT}'s short ceiling. Counts start again after a quiet hour and
 * live in the database, so every instance agrees.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration QUIET = Duration.ofHours(1);

    /** What is counted, how many failures are free, and the longest wait it imposes. */
    enum Scope {
        ACCOUNT_AT_ADDRESS(5, Duration.ofMinutes(15)),
        ADDRESS(30, Duration.ofMinutes(15)),
        ACCOUNT(20, Duration.ofMinutes(1));

        private final int free;
        private final Duration ceiling;

        Scope(int free, Duration ceiling) {
            this.free = free;
            this.ceiling = ceiling;
        }

        /** The wait after the given number of failures in a row: none while free, then 1 s, 2 s, 4 s ... */
        Duration waitAfter(int failures) {
            int beyond = failures - free;
            if (beyond < 0) {
                return Duration.ZERO;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(beyond, 30));
            return wait.compareTo(ceiling) > 0 ? ceiling : wait;
        }

        String key(String account, String address) {
            return switch (this) {
                case ACCOUNT_AT_ADDRESS -> "account-at-address:" + account + "@" + address;
                case ADDRESS -> "address:" + address;
                case ACCOUNT -> "account:" + account;
            };
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refuses the attempt, before its password is checked, while any of its counts imposes a wait. */
    public void check(Authentication attempt) {
        OffsetDateTime now = now();
        Optional<OffsetDateTime> until = jdbc.sql("SELECT MAX(blocked_until) FROM sign_in_throttle "
                        + "WHERE throttle_key IN (:keys) AND blocked_until > :now")
                .param("keys", keys(attempt)).param("now", now).query(OffsetDateTime.class).optional();
        if (until.isPresent()) {
            throw new SignInThrottledException(Duration.between(now, until.get()));
        }
    }

    /** Each statement commits on its own (no transaction), so a lost race to insert a count can simply retry. */
    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        OffsetDateTime now = now();
        for (Scope scope : Scope.values()) {
            String key = scope.key(account(event.getAuthentication()), address(event.getAuthentication()));
            int failures = countFailure(key, now);
            Duration wait = scope.waitAfter(failures);
            if (!wait.isZero()) {
                jdbc.sql("UPDATE sign_in_throttle SET blocked_until = :until WHERE throttle_key = :key")
                        .param("until", now.plus(wait)).param("key", key).update();
                log.warn("Sign-in throttled: {} failures in a row for {}; next attempt in {} s", failures, key,
                        wait.toSeconds());
            }
        }
    }

    /** Signing in clears the counts of that name; the address keeps its own, as a sprayer may own one account. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        String account = account(signedIn);
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key IN (:keys)")
                .param("keys", List.of(Scope.ACCOUNT.key(account, ""),
                        Scope.ACCOUNT_AT_ADDRESS.key(account, address(signedIn))))
                .update();
    }

    /** One more failure for the key; a count whose last failure is older than the quiet hour starts again. */
    private int countFailure(String key, OffsetDateTime now) {
        int updated = jdbc.sql("UPDATE sign_in_throttle SET failures = CASE WHEN last_failure_at < :quiet THEN 1 "
                        + "ELSE failures + 1 END, last_failure_at = :now WHERE throttle_key = :key")
                .param("quiet", now.minus(QUIET)).param("now", now).param("key", key).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now)")
                        .param("key", key).param("now", now).update();
                return 1;
            } catch (DuplicateKeyException raced) {
                return countFailure(key, now);
            }
        }
        return jdbc.sql("SELECT failures FROM sign_in_throttle WHERE throttle_key = :key").param("key", key)
                .query(Integer.class).single();
    }

    /** As the database's TIMESTAMP WITH TIME ZONE takes it: the JDBC drivers refuse a bare Instant. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static List<String> keys(Authentication attempt) {
        String account = account(attempt);
        String address = address(attempt);
        return List.of(Scope.ACCOUNT_AT_ADDRESS.key(account, address), Scope.ADDRESS.key(account, address),
                Scope.ACCOUNT.key(account, address));
    }

    private static String account(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
