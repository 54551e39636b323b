package uk.councils.reviewtracker.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        Now now = now();
        return new RatedAction(action, rate(action.getStatus(), action.getTargetDate(), action.getLastProgressAt(), now),
                group(action.getStatus(), action.getTargetDate(), now),
                stale(action.getStatus(), action.getLastProgressAt(), action.getCreatedAt(), reportingIntervalWeeks,
                        now));
    }

    public RatedFacts assess(ActionFacts facts) {
        return assess(facts, now());
    }

    /** What the rules say about many actions, all judged at the same moment (a portfolio reads thousands). */
    public List<RatedFacts> assess(List<ActionFacts> facts) {
        Now now = now();
        return facts.stream().map(each -> assess(each, now)).toList();
    }

    public ActionGroup group(Action action) {
        return group(action.getStatus(), action.getTargetDate());
    }

    public ActionGroup group(ActionStatus status, LocalDate target) {
        return group(status, target, now());
    }

    /** Open, and no progress reported for longer than the review's reporting interval (since creation if never). */
    public boolean stale(Action action, int reportingIntervalWeeks) {
        return stale(action.getStatus(), action.getLastProgressAt(), action.getCreatedAt(), reportingIntervalWeeks);
    }

    public boolean stale(ActionStatus status, Instant lastProgressAt, Instant createdAt, int reportingIntervalWeeks) {
        return stale(status, lastProgressAt, createdAt, reportingIntervalWeeks, now());
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
        return rate(status, targetDate, lastProgressAt, now());
    }

    private RatedFacts assess(ActionFacts facts, Now now) {
        return new RatedFacts(facts.actionId(), facts.reviewId(), facts.status(), facts.targetDate(),
                rate(facts.status(), facts.targetDate(), facts.lastProgressAt(), now),
                group(facts.status(), facts.targetDate(), now),
                stale(facts.status(), facts.lastProgressAt(), facts.createdAt(), facts.reportingIntervalWeeks(), now));
    }

    private ActionGroup group(ActionStatus status, LocalDate target, Now now) {
        if (status == ActionStatus.COMPLETE) {
            return ActionGroup.COMPLETE;
        }
        if (status != ActionStatus.SUSPENDED && target != null && target.isBefore(now.today())) {
            return ActionGroup.OVERDUE;
        }
        if (status == ActionStatus.BEHIND_SCHEDULE) {
            return ActionGroup.BEHIND_SCHEDULE;
        }
        if (status != ActionStatus.SUSPENDED && dueSoon(target, now)) {
            return ActionGroup.DUE_SOON;
        }
        return ActionGroup.IN_PROGRESS;
    }

    private boolean stale(ActionStatus status, Instant lastProgressAt, Instant createdAt, int reportingIntervalWeeks,
                          Now now) {
        if (status == ActionStatus.COMPLETE || status == ActionStatus.SUSPENDED) {
            return false;
        }
        Instant last = lastProgressAt != null ? lastProgressAt : createdAt;
        return last != null && last.isBefore(now.instant().minus(reportingIntervalWeeks * 7L, ChronoUnit.DAYS));
    }

    private Rag rate(ActionStatus status, LocalDate targetDate, Instant lastProgressAt, Now now) {
        if (status == ActionStatus.COMPLETE) {
            return Rag.COMPLETE;
        }
        if (status == ActionStatus.SUSPENDED) {
            return Rag.SUSPENDED;
        }
        if (status == ActionStatus.BEHIND_SCHEDULE || (targetDate != null && targetDate.isBefore(now.today()))) {
            return Rag.BEHIND_SCHEDULE;
        }
        if (status == ActionStatus.RESCHEDULED) {
            return Rag.RESCHEDULED;
        }
        if (dueSoon(targetDate, now) && quiet(lastProgressAt, now)) {
            return Rag.AT_RISK;
        }
        return status == ActionStatus.NOT_STARTED ? Rag.NOT_STARTED : Rag.ON_SCHEDULE;
    }

    private boolean dueSoon(LocalDate targetDate, Now now) {
        return targetDate != null && !targetDate.isAfter(now.today().plusDays(properties.dueSoonDays()));
    }

    private boolean quiet(Instant lastProgressAt, Now now) {
        return lastProgressAt == null
                || lastProgressAt.isBefore(now.instant().minus(properties.quietDays(), ChronoUnit.DAYS));
    }

    private Now now() {
        Instant instant = clock.instant();
        return new Now(instant, LocalDate.ofInstant(instant, clock.getZone()));
    }

    /** The moment the rules judge at, and the day it falls on where the council is. */
    private record Now(Instant instant, LocalDate today) {
    }
}
