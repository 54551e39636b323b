package uk.councils.reviewtracker.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The one place that decides an action's RAG rating from its status, target date and last update. */
@Component
public class RagRule {

    private final Clock clock;
    private final RagProperties properties;

    public RagRule(Clock clock, RagProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public Rag rate(Action action) {
        return rate(action.getStatus(), action.getTargetDate(), action.getLastProgressAt());
    }

    public Rag rate(ActionStatus status, LocalDate targetDate, Instant lastProgressAt) {
        LocalDate today = LocalDate.now(clock);
        if (status == ActionStatus.COMPLETE) {
            return Rag.COMPLETE;
        }
        if (status == ActionStatus.SUSPENDED) {
            return Rag.SUSPENDED;
        }
        if (status == ActionStatus.BEHIND_SCHEDULE || (targetDate != null && targetDate.isBefore(today))) {
            return Rag.BEHIND_SCHEDULE;
        }
        if (status == ActionStatus.RESCHEDULED) {
            return Rag.RESCHEDULED;
        }
        if (dueSoon(targetDate, today) && quiet(lastProgressAt)) {
            return Rag.AT_RISK;
        }
        return status == ActionStatus.NOT_STARTED ? Rag.NOT_STARTED : Rag.ON_SCHEDULE;
    }

    private boolean dueSoon(LocalDate targetDate, LocalDate today) {
        return targetDate != null && !targetDate.isAfter(today.plusDays(properties.dueSoonDays()));
    }

    private boolean quiet(Instant lastProgressAt) {
        return lastProgressAt == null
                || lastProgressAt.isBefore(clock.instant().minus(properties.quietDays(), ChronoUnit.DAYS));
    }
}
