package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RagRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final RagRule rule = new RagRule(Clock.fixed(NOW, ZoneId.of("Europe/London")), new RagProperties(30, 60));

    @Test
    void manyActionsAssessedTogetherAreJudgedAsEachAlone() {
        List<ActionFacts> facts = new ArrayList<>();
        long id = 0;
        for (ActionStatus status : ActionStatus.values()) {
            for (int days : new int[] {-400, -1, 0, 10, 30, 31, 200}) {
                for (Instant last : new Instant[] {null, daysAgo(5), daysAgo(59), daysAgo(61), daysAgo(300)}) {
                    facts.add(new ActionFacts(++id, 1L, status, days == 200 ? null : TODAY.plusDays(days), last,
                            daysAgo(400), 8));
                }
            }
        }

        List<RatedFacts> together = rule.assess(facts);
        for (int i = 0; i < facts.size(); i++) {
            ActionFacts each = facts.get(i);
            assertThat(together.get(i)).isEqualTo(rule.assess(List.of(each)).get(0));
            RatedAction alone = rule.assess(action(each.status(), each.targetDate(), each.lastProgressAt(),
                    each.createdAt()), each.reportingIntervalWeeks());
            assertThat(List.<Object>of(alone.rag(), alone.group(), alone.stale())).as("%s", each).isEqualTo(
                    List.<Object>of(together.get(i).rag(), together.get(i).group(), together.get(i).stale()));
        }
    }

    @Test
    void completeIsCompleteEvenWhenTheTargetHasPassed() {
        assertThat(rate(rule, ActionStatus.COMPLETE, TODAY.minusYears(1), null)).isEqualTo(Rag.COMPLETE);
    }

    @Test
    void inProgressBeforeTheTargetIsOnSchedule() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY.plusDays(90), daysAgo(5))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void aPassedTargetIsBehindScheduleWhateverTheLeadSays() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY.minusDays(1), daysAgo(1)))
                .isEqualTo(Rag.BEHIND_SCHEDULE);
        assertThat(rate(rule, ActionStatus.NOT_STARTED, TODAY.minusDays(1), null)).isEqualTo(Rag.BEHIND_SCHEDULE);
        assertThat(rate(rule, ActionStatus.RESCHEDULED, TODAY.minusDays(1), null)).isEqualTo(Rag.BEHIND_SCHEDULE);
    }

    @Test
    void dueTodayIsNotYetBehind() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY, daysAgo(1))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void markedBehindIsBehindBeforeTheTarget() {
        assertThat(rate(rule, ActionStatus.BEHIND_SCHEDULE, TODAY.plusDays(100), daysAgo(1)))
                .isEqualTo(Rag.BEHIND_SCHEDULE);
    }

    @Test
    void dueSoonWithNoRecentUpdateIsAtRisk() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY.plusDays(30), daysAgo(61))).isEqualTo(Rag.AT_RISK);
        assertThat(rate(rule, ActionStatus.NOT_STARTED, TODAY.plusDays(10), null)).isEqualTo(Rag.AT_RISK);
    }

    @Test
    void dueSoonWithARecentUpdateIsOnSchedule() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY.plusDays(10), daysAgo(59))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void quietButNotDueSoonIsNotAtRisk() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY.plusDays(31), daysAgo(200))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void notStartedAndNotDueIsNotStarted() {
        assertThat(rate(rule, ActionStatus.NOT_STARTED, TODAY.plusDays(120), null)).isEqualTo(Rag.NOT_STARTED);
        assertThat(rate(rule, ActionStatus.NOT_STARTED, null, null)).isEqualTo(Rag.NOT_STARTED);
    }

    @Test
    void rescheduledAndSuspendedShowTheirApproval() {
        assertThat(rate(rule, ActionStatus.RESCHEDULED, TODAY.plusDays(100), null)).isEqualTo(Rag.RESCHEDULED);
        assertThat(rate(rule, ActionStatus.SUSPENDED, TODAY.minusDays(100), null)).isEqualTo(Rag.SUSPENDED);
    }

    @Test
    void thresholdsComeFromConfiguration() {
        RagRule strict = new RagRule(Clock.fixed(NOW, ZoneId.of("Europe/London")), new RagProperties(60, 10));
        assertThat(rate(strict, ActionStatus.IN_PROGRESS, TODAY.plusDays(45), daysAgo(11))).isEqualTo(Rag.AT_RISK);
    }

    @Test
    void groupsPutWhatNeedsAttentionFirst() {
        assertThat(rated(rule, ActionStatus.COMPLETE, TODAY.minusDays(5), daysAgo(1), daysAgo(500), 8).group())
                .isEqualTo(ActionGroup.COMPLETE);
        assertThat(rated(rule, ActionStatus.IN_PROGRESS, TODAY.minusDays(1), daysAgo(1), daysAgo(500), 8).group())
                .isEqualTo(ActionGroup.OVERDUE);
        assertThat(rated(rule, ActionStatus.BEHIND_SCHEDULE, TODAY.plusDays(90), daysAgo(1), daysAgo(500), 8).group())
                .isEqualTo(ActionGroup.BEHIND_SCHEDULE);
        assertThat(rated(rule, ActionStatus.IN_PROGRESS, TODAY.plusDays(30), daysAgo(1), daysAgo(500), 8).group())
                .isEqualTo(ActionGroup.DUE_SOON);
        assertThat(rated(rule, ActionStatus.NOT_STARTED, TODAY.plusDays(31), null, daysAgo(500), 8).group())
                .isEqualTo(ActionGroup.IN_PROGRESS);
        assertThat(rated(rule, ActionStatus.SUSPENDED, TODAY.minusDays(10), null, daysAgo(500), 8).group())
                .isEqualTo(ActionGroup.IN_PROGRESS);
    }

    @Test
    void anOpenActionWithNoUpdateForLongerThanTheReportingIntervalIsStale() {
        assertThat(rated(rule, ActionStatus.IN_PROGRESS, null, daysAgo(57), daysAgo(500), 8).stale()).isTrue();
        assertThat(rated(rule, ActionStatus.IN_PROGRESS, null, daysAgo(55), daysAgo(500), 8).stale()).isFalse();
        assertThat(rated(rule, ActionStatus.IN_PROGRESS, null, daysAgo(15), daysAgo(500), 2).stale()).isTrue();
        assertThat(rated(rule, ActionStatus.COMPLETE, null, daysAgo(400), daysAgo(500), 8).stale()).isFalse();
    }

    @Test
    void aReminderWarnsOfAnOpenActionWhoseTargetFallsWithinItsWindow() {
        Instant recently = daysAgo(1);
        assertThat(rule.dueWithin(action(ActionStatus.IN_PROGRESS, TODAY, recently, recently), 14)).isTrue();
        assertThat(rule.dueWithin(action(ActionStatus.IN_PROGRESS, TODAY.plusDays(14), recently, recently), 14))
                .isTrue();
        assertThat(rule.dueWithin(action(ActionStatus.IN_PROGRESS, TODAY.plusDays(15), recently, recently), 14))
                .isFalse();
        assertThat(rule.dueWithin(action(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), recently, recently), 14))
                .isFalse();
        assertThat(rule.dueWithin(action(ActionStatus.SUSPENDED, TODAY.plusDays(3), recently, recently), 14))
                .isFalse();
        assertThat(rule.dueWithin(action(ActionStatus.COMPLETE, TODAY.plusDays(3), recently, recently), 14))
                .isFalse();
        assertThat(rule.dueWithin(action(ActionStatus.IN_PROGRESS, null, recently, recently), 14)).isFalse();
    }

    @Test
    void savingAnUpdateCountsAsProgressInTheRatingTheFormForetells() {
        assertThat(rate(rule, ActionStatus.IN_PROGRESS, TODAY.plusDays(10), null)).isEqualTo(Rag.AT_RISK);
        assertThat(rule.rateOnSaving(ActionStatus.IN_PROGRESS, TODAY.plusDays(10))).isEqualTo(Rag.ON_SCHEDULE);
        assertThat(rule.rateOnSaving(ActionStatus.IN_PROGRESS, TODAY.minusDays(1))).isEqualTo(Rag.BEHIND_SCHEDULE);
        assertThat(rule.rateOnSaving(ActionStatus.COMPLETE, TODAY.minusDays(1))).isEqualTo(Rag.COMPLETE);
    }

    @Test
    void aTargetIsPastFromTheDayAfterIt() {
        assertThat(rule.pastTarget(TODAY.minusDays(1))).isTrue();
        assertThat(rule.pastTarget(TODAY)).isFalse();
        assertThat(rule.pastTarget(null)).isFalse();
    }

    private static Rag rate(RagRule rule, ActionStatus status, LocalDate target, Instant lastProgress) {
        return rated(rule, status, target, lastProgress, daysAgo(500), 8).rag();
    }

    /** The rules' answers for one action, asked as the dashboards and digests ask them. */
    private static RatedFacts rated(RagRule rule, ActionStatus status, LocalDate target, Instant lastProgress,
                                    Instant created, int reportingIntervalWeeks) {
        return rule.assess(List.of(new ActionFacts(1L, 1L, status, target, lastProgress, created,
                reportingIntervalWeeks))).get(0);
    }

    private static Action action(ActionStatus status, LocalDate target, Instant lastProgress, Instant created) {
        Action action = org.mockito.Mockito.mock(Action.class);
        org.mockito.Mockito.when(action.getStatus()).thenReturn(status);
        org.mockito.Mockito.when(action.getTargetDate()).thenReturn(target);
        org.mockito.Mockito.when(action.getLastProgressAt()).thenReturn(lastProgress);
        org.mockito.Mockito.when(action.getCreatedAt()).thenReturn(created);
        return action;
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }
}
