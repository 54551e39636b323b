package uk.councils.reviewtracker.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run on one instance at a time when several share the database: a row per job in
 * {@code job_lock}, taken by the one conditional update that moves {@code locked_until} past now. Each statement
 * commits on its own, so the lock is visible to the other instances at once. If the instance holding it dies, the
 * lock expires after {@code lockAtMostFor}.
 */
@Component
public class JobLock {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InstanceName instance;

    JobLock(JdbcClient jdbc, Clock clock, InstanceName instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
    }

    /** Runs the task here unless another instance holds the job's lock; true when it ran here. */
    public boolean runExclusively(String job, Duration lockAtMostFor, Runnable task) {
        if (!acquire(job, lockAtMostFor)) {
            return false;
        }
        try {
            task.run();
        } finally {
            release(job);
        }
        return true;
    }

    private boolean acquire(String job, Duration lockAtMostFor) {
        OffsetDateTime now = utc(clock.instant());
        OffsetDateTime until = now.plus(lockAtMostFor);
        int taken = jdbc.sql("UPDATE job_lock SET locked_until = :until, locked_at = :now, locked_by = :by "
                        + "WHERE name = :job AND locked_until <= :now")
                .param("until", until).param("now", now).param("by", instance.get()).param("job", job)
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO job_lock (name, locked_until, locked_at, locked_by) "
                            + "SELECT :job, :until, :now, :by WHERE NOT EXISTS (SELECT 1 FROM job_lock WHERE name = :job)")
                    .param("job", job).param("until", until).param("now", now).param("by", instance.get())
                    .update() == 1;
        } catch (DuplicateKeyException anotherInstanceInsertedItFirst) {
            return false;
        }
    }

    private void release(String job) {
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("UPDATE job_lock SET locked_until = :now WHERE name = :job AND locked_by = :by")
                .param("now", now).param("job", job).param("by", instance.get())
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
