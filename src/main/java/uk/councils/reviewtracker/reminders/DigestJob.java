package uk.councils.reviewtracker.reminders;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.common.UkTime;

/**
 * Runs the reminder digests on {@code app.reminders.cron} in UK local time ("-" switches the job off). When several
 * instances share the database, the job's lock lets one of them run it; the others skip that run. Each digest goes
 * out once all the same: {@link DigestDeliveries} claims it before it is sent.
 */
@Component
public class DigestJob {

    static final String JOB = "reminder-digests";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestService digests;
    private final LockProvider locks;
    private final ReminderProperties properties;
    private final Clock clock;

    DigestJob(DigestService digests, LockProvider locks, ReminderProperties properties, Clock clock) {
        this.digests = digests;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the job here unless another instance is running it; true when it ran here. */
    @Scheduled(cron = "${app.reminders.cron:0 0 7 * * *}", zone = UkTime.ZONE_ID)
    public boolean run() {
        Optional<SimpleLock> lock = locks.lock(
                new LockConfiguration(clock.instant(), JOB, properties.lockAtMostFor(), Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Reminder digests are being sent by another instance; skipped here");
            return false;
        }
        try {
            digests.sendDue();
        } finally {
            lock.get().unlock();
        }
        return true;
    }
}
