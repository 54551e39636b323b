package uk.councils.reviewtracker.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The one place that decides, from an action's status, target date and last update, its RAG rating, whether it
 * is overdue or due soon, and whether it is stale.
 */
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

    /** Everything the rules say about an action today; {@code reportingIntervalWeeks} is its review's. */
    public RatedAction assess(Action action, int reportingIntervalWeeks) {
        return new RatedAction(action, rate(action), group(action), stale(action, reportingIntervalWeeks));
    }

    public RatedFacts assess(ActionFacts facts) {
        return new RatedFacts(facts.actionId(), facts.reviewId(), facts.status(), facts.targetDate(),
                rate(facts.status(), facts.targetDate(), facts.lastProgressAt()),
                group(facts.status(), facts.targetDate()),
                stale(facts.status(), facts.lastProgressAt(), facts.createdAt(), facts.reportingIntervalWeeks()));
    }

    public ActionGroup group(Action action) {
        return group(action.getStatus(), action.getTargetDate());
    }

    public ActionGroup group(ActionStatus status, LocalDate target) {
        LocalDate today = LocalDate.now(clock);
        if (status == ActionStatus.COMPLETE) {
            return ActionGroup.COMPLETE;
        }
        if (status != ActionStatus.SUSPENDED && target != null && target.isBefore(today)) {
            return ActionGroup.OVERDUE;
        }
        if (status == ActionStatus.BEHIND_SCHEDULE) {
            return ActionGroup.BEHIND_SCHEDULE;
        }
        if (status != ActionStatus.SUSPENDED && dueSoon(target, today)) {
            return ActionGroup.DUE_SOON;
        }
        return ActionGroup.IN_PROGRESS;
    }

    /** Open, and no progress reported for longer than the review's reporting interval (since creation if never). */
    public boolean stale(Action action, int reportingIntervalWeeks) {
        return stale(action.getStatus(), action.getLastProgressAt(), action.getCreatedAt(), reportingIntervalWeeks);
    }

    public boolean stale(ActionStatus status, Instant lastProgressAt, Instant createdAt, int reportingIntervalWeeks) {
        if (status == ActionStatus.COMPLETE || status == ActionStatus.SUSPENDED) {
            return false;
        }
        Instant last = lastProgressAt != null ? lastProgressAt : createdAt;
        return last != null && last.isBefore(clock.instant().minus(reportingIntervalWeeks * 7L, ChronoUnit.DAYS));
    }

    /** Open, not suspended, and its target falls between today and {@code days} from now: what a reminder warns of. */
    public boolean dueWithin(Action action, int days) {
        ActionStatus status = action.getStatus();
        LocalDate target = action.getTargetDate();
        LocalDate today = LocalDate.now(clock);
        return status != ActionStatus.COMPLETE && status != ActionStatus.SUSPENDED && target != null
                && !target.isBefore(today) && !target.isAfter(today.plusDays(days));
    }

    public int dueSoonDays() {
        return properties.dueSoonDays();
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
