package uk.councils.reviewtracker.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.common.InstanceName;
import uk.councils.reviewtracker.users.DigestHistory;
import uk.councils.reviewtracker.users.DigestSent;

/**
 * The record of digests sent, which makes each go out once per person, kind and period however many instances run:
 * the unique key (user, kind, period) lets only one instance claim a digest; it is marked sent only after the mail
 * server accepted it, and a failed one is claimed again by the next run. A claim left by an instance that stopped
 * while sending expires after the claim timeout. Every statement commits on its own, outside any transaction, so
 * the other instances see a claim at once.
 */
@Component
class DigestDeliveries implements DigestHistory {

    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InstanceName instance;
    private final ReminderProperties properties;

    DigestDeliveries(JdbcClient jdbc, Clock clock, InstanceName instance, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
        this.properties = properties;
    }

    /** True when this instance may send the digest: nobody has sent it, and nobody else is sending it. */
    boolean claim(Digest digest) {
        OffsetDateTime now = utc(clock.instant());
        int retaken = jdbc.sql("UPDATE digest_delivery SET status = :sending, instance = :me, claimed_at = :now, "
                        + "attempts = attempts + 1, action_count = :count "
                        + "WHERE user_id = :user AND kind = :kind AND period = :period "
                        + "AND (status = :failed OR (status = :sending AND claimed_at < :expired))")
                .param("sending", SENDING).param("me", instance.get()).param("now", now)
                .param("count", digest.actionCount())
                .param("user", digest.userId()).param("kind", digest.kind().name()).param("period", digest.period())
                .param("failed", FAILED).param("expired", now.minus(properties.claimTimeout()))
                .update();
        if (retaken == 1) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO digest_delivery (user_id, kind, period, status, instance, claimed_at, "
                            + "attempts, action_count) "
                            + "SELECT :user, :kind, :period, :sending, :me, :now, 1, :count WHERE NOT EXISTS "
                            + "(SELECT 1 FROM digest_delivery WHERE user_id = :user AND kind = :kind AND period = :period)")
                    .param("user", digest.userId()).param("kind", digest.kind().name()).param("period", digest.period())
                    .param("sending", SENDING).param("me", instance.get()).param("now", now)
                    .param("count", digest.actionCount())
                    .update() == 1;
        } catch (DuplicateKeyException anotherInstanceClaimedItFirst) {
            return false;
        }
    }

    /** Only after the mail server has accepted the message. */
    void sent(Digest digest) {
        finish(digest, SENT, null);
    }

    /** The next run claims it again. */
    void failed(Digest digest, Exception cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        finish(digest, FAILED, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
    }

    private void finish(Digest digest, String status, String error) {
        jdbc.sql("UPDATE digest_delivery SET status = :status, sent_at = :sentAt, last_error = :error "
                        + "WHERE user_id = :user AND kind = :kind AND period = :period "
                        + "AND status = :sending AND instance = :me")
                .param("status", status).param("sentAt", SENT.equals(status) ? utc(clock.instant()) : null)
                .param("error", error)
                .param("user", digest.userId()).param("kind", digest.kind().name()).param("period", digest.period())
                .param("sending", SENDING).param("me", instance.get())
                .update();
    }

    @Override
    public Map<Long, List<DigestSent>> byUser() {
        Map<Long, List<DigestSent>> byUser = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, kind, MAX(sent_at) AS last_sent, "
                        + "MAX(CASE WHEN status = :failed THEN claimed_at END) AS last_failed "
                        + "FROM digest_delivery GROUP BY user_id, kind ORDER BY user_id, kind")
                .param("failed", FAILED)
                .query(rs -> {
                    byUser.computeIfAbsent(rs.getLong("user_id"), id -> new ArrayList<>()).add(new DigestSent(
                            rs.getString("kind"), instant(rs.getObject("last_sent", OffsetDateTime.class)),
                            instant(rs.getObject("last_failed", OffsetDateTime.class))));
                });
        return byUser;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
