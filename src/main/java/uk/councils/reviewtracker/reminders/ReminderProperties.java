package uk.councils.reviewtracker.reminders;

import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder digests by email. When the job runs is {@code app.reminders.cron}, read by {@link DigestJob}.
 *
 * @param windowDays    a lead's digest lists actions due within this many days
 * @param managerDay    managers' weekly digest goes out on the first run on or after this day of the week
 * @param from          the sender address of the digests
 * @param linkBaseUrl   the address people open the service at, for the links in the digests
 * @param claimTimeout  a digest claimed by an instance that stopped before finishing is sent again after this
 * @param lockAtMostFor the job lock expires after this if the instance holding it dies
 */
@ConfigurationProperties("app.reminders")
public record ReminderProperties(
        @DefaultValue("14") int windowDays,
        @DefaultValue("MONDAY") DayOfWeek managerDay,
        @DefaultValue("noreply@localhost") String from,
        @DefaultValue("http://localhost:8080") String linkBaseUrl,
        @DefaultValue("PT15M") Duration claimTimeout,
        @DefaultValue("PT30M") Duration lockAtMostFor) {
}
