package uk.councils.reviewtracker.reminders;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.common.JobLock;

/**
 * Runs the reminder digests on {@code app.reminders.cron} in UK local time. When several instances share the
 * database, the job lock lets one of them run it; the others skip that run.
 */
@Component
public class DigestJob implements SchedulingConfigurer {

    static final String JOB = "reminder-digests";
    private static final String DISABLED = "-";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestService digests;
    private final JobLock lock;
    private final ReminderProperties properties;
    private final Clock clock;

    DigestJob(DigestService digests, JobLock lock, ReminderProperties properties, Clock clock) {
        this.digests = digests;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the job here unless another instance is running it; true when it ran here. */
    public boolean run() {
        boolean ran = lock.runExclusively(JOB, properties.lockAtMostFor(), digests::sendDue);
        if (!ran) {
            log.info("Reminder digests are being sent by another instance; skipped here");
        }
        return ran;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!DISABLED.equals(properties.cron())) {
            registrar.addCronTask(new CronTask(this::run, new CronTrigger(properties.cron(), clock.getZone())));
        }
    }
}
