package uk.councils.reviewtracker.imports;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.UkTime;

/**
 * Uploads nobody confirmed or cancelled, and what is kept of confirmed ones, are deleted after a day: a plan is
 * personal data about officers and should not linger. One instance at a time runs it (its ShedLock lock).
 */
@Component
class AbandonedUploads {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final ImportUploadRepository uploads;
    private final Clock clock;

    AbandonedUploads(ImportUploadRepository uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.import.purge-cron:0 30 3 * * *}", zone = UkTime.ZONE_ID)
    @SchedulerLock(name = "abandoned-uploads")
    @Transactional
    public void purge() {
        int deleted = uploads.deleteCreatedBefore(clock.instant().minus(KEPT_FOR));
        if (deleted > 0) {
            log.info("Deleted {} plan uploads older than a day (never confirmed, or what was kept of an import)", deleted);
        }
    }
}
