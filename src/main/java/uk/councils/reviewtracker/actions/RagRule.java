package uk.councils.reviewtracker.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one place that decides, from an action's status, target date and last update, its RAG rating, whether it
 * is overdue or due soon, and whether it is stale. Pages that count or page thousands of actions ask the database
 * the same questions: {@link #inSql()} writes each rule as SQL beside its Java, and {@code RagRuleSqlTest} holds
 * the two to the same answers over every combination of status, date and update around the thresholds. Its
 * public methods are what the application asks; the rules themselves are private, and tested through them.
 */
@Component
public class RagRule {

    private final Clock clock;
    private final RagProperties properties;

    public RagRule(Clock clock, RagProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** Everything the rules say about an action today; {@code reportingIntervalWeeks} is its review's. */
    public RatedAction assess(Action action, int reportingIntervalWeeks) {
        Now now = now();
        return new RatedAction(action, rate(action.getStatus(), action.getTargetDate(), action.getLastProgressAt(), now),
                group(action.getStatus(), action.getTargetDate(), now),
                stale(action.getStatus(), action.getLastProgressAt(), action.getCreatedAt(), reportingIntervalWeeks,
                        now));
    }

    /** What the rules say about many actions, all judged at the same moment (a portfolio reads thousands). */
    public List<RatedFacts> assess(List<ActionFacts> facts) {
        Now now = now();
        return facts.stream().map(each -> assess(each, now)).toList();
    }

    /** Open, not suspended, and its target falls between today and {@code days} from now: what a reminder warns of. */
    public boolean dueWithin(Action action, int days) {
        ActionStatus status = action.getStatus();
        LocalDate target = action.getTargetDate();
        LocalDate today = LocalDate.now(clock);
        return status != ActionStatus.COMPLETE && status != ActionStatus.SUSPENDED && target != null
                && !target.isBefore(today) && !target.isAfter(today.plusDays(days));
    }

    /**
     * The rating an action will have once an update with this status is saved now (saving counts as progress), for
     * the form to say before saving.
     */
    public Rag rateOnSaving(ActionStatus status, LocalDate targetDate) {
        Now now = now();
        return rate(status, targetDate, now.instant(), now);
    }

    /** Whether the target date has passed, so that only completing or suspending the action lifts Behind schedule. */
    public boolean pastTarget(LocalDate targetDate) {
        return targetDate != null && targetDate.isBefore(now().today());
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

    /** Open, and no progress reported for longer than the review's reporting interval (since creation if never). */
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

    /** The rules as SQL expressions over {@code improvement_action} columns, judged at this moment. */
    public InSql inSql() {
        Now now = now();
        return new InSql(now.today(), now.today().plusDays(properties.dueSoonDays()),
                now.instant().minus(properties.quietDays(), ChronoUnit.DAYS), now.instant());
    }

    /**
     * The rules of {@link #group}, {@link #rate} and {@link #stale} as SQL, each expression with the named
     * parameters of {@link #parameters}; {@code a} is the alias of the action's table. A group or rating is its
     * enum's ordinal.
     */
    public record InSql(LocalDate today, LocalDate dueSoonBy, Instant quietSince, Instant instant) {

        public String group(String a) {
            return "CASE WHEN " + a + ".status = 'COMPLETE' THEN " + ActionGroup.COMPLETE.ordinal()
                    + " WHEN " + a + ".status <> 'SUSPENDED' AND " + a + ".target_date < :ragToday THEN "
                    + ActionGroup.OVERDUE.ordinal()
                    + " WHEN " + a + ".status = 'BEHIND_SCHEDULE' THEN " + ActionGroup.BEHIND_SCHEDULE.ordinal()
                    + " WHEN " + a + ".status <> 'SUSPENDED' AND " + a + ".target_date <= :ragDueSoonBy THEN "
                    + ActionGroup.DUE_SOON.ordinal()
                    + " ELSE " + ActionGroup.IN_PROGRESS.ordinal() + " END";
        }

        public String rag(String a) {
            return "CASE WHEN " + a + ".status = 'COMPLETE' THEN " + Rag.COMPLETE.ordinal()
                    + " WHEN " + a + ".status = 'SUSPENDED' THEN " + Rag.SUSPENDED.ordinal()
                    + " WHEN " + a + ".status = 'BEHIND_SCHEDULE' OR " + a + ".target_date < :ragToday THEN "
                    + Rag.BEHIND_SCHEDULE.ordinal()
                    + " WHEN " + a + ".status = 'RESCHEDULED' THEN " + Rag.RESCHEDULED.ordinal()
                    + " WHEN " + a + ".target_date <= :ragDueSoonBy AND (" + a + ".last_progress_at IS NULL OR "
                    + a + ".last_progress_at < :ragQuietSince) THEN " + Rag.AT_RISK.ordinal()
                    + " WHEN " + a + ".status = 'NOT_STARTED' THEN " + Rag.NOT_STARTED.ordinal()
                    + " ELSE " + Rag.ON_SCHEDULE.ordinal() + " END";
        }

        /** 1 when stale, else 0, for the reporting interval given to {@link #parameters}. */
        public String stale(String a) {
            return "CASE WHEN " + a + ".status NOT IN ('COMPLETE', 'SUSPENDED') AND COALESCE(" + a
                    + ".last_progress_at, " + a + ".created_at) < :ragStaleBefore THEN 1 ELSE 0 END";
        }

        /** The values of the parameters of {@link #group} and {@link #rag}. */
        public Map<String, Object> parameters() {
            return Map.of("ragToday", today, "ragDueSoonBy", dueSoonBy,
                    "ragQuietSince", quietSince.atOffset(ZoneOffset.UTC));
        }

        /** The values of every expression's parameters; {@code reportingIntervalWeeks} is the review's. */
        public Map<String, Object> parameters(int reportingIntervalWeeks) {
            Map<String, Object> values = new java.util.HashMap<>(parameters());
            values.put("ragStaleBefore", instant.minus(reportingIntervalWeeks * 7L, ChronoUnit.DAYS)
                    .atOffset(ZoneOffset.UTC));
            return values;
        }
    }

    private Now now() {
        Instant instant = clock.instant();
        return new Now(instant, LocalDate.ofInstant(instant, clock.getZone()));
    }

    /** The moment the rules judge at, and the day it falls on where the council is. */
    private record Now(Instant instant, LocalDate today) {
    }
}
