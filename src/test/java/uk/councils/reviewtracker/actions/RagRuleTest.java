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

        assertThat(rule.assess(facts)).isEqualTo(facts.stream().map(rule::assess).toList());
    }

    @Test
    void completeIsCompleteEvenWhenTheTargetHasPassed() {
        assertThat(rule.rate(ActionStatus.COMPLETE, TODAY.minusYears(1), null)).isEqualTo(Rag.COMPLETE);
    }

    @Test
    void inProgressBeforeTheTargetIsOnSchedule() {
        assertThat(rule.rate(ActionStatus.IN_PROGRESS, TODAY.plusDays(90), daysAgo(5))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void aPassedTargetIsBehindScheduleWhateverTheLeadSays() {
        assertThat(rule.rate(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), daysAgo(1)))
                .isEqualTo(Rag.BEHIND_SCHEDULE);
        assertThat(rule.rate(ActionStatus.NOT_STARTED, TODAY.minusDays(1), null)).isEqualTo(Rag.BEHIND_SCHEDULE);
        assertThat(rule.rate(ActionStatus.RESCHEDULED, TODAY.minusDays(1), null)).isEqualTo(Rag.BEHIND_SCHEDULE);
    }

    @Test
    void dueTodayIsNotYetBehind() {
        assertThat(rule.rate(ActionStatus.IN_PROGRESS, TODAY, daysAgo(1))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void markedBehindIsBehindBeforeTheTarget() {
        assertThat(rule.rate(ActionStatus.BEHIND_SCHEDULE, TODAY.plusDays(100), daysAgo(1)))
                .isEqualTo(Rag.BEHIND_SCHEDULE);
    }

    @Test
    void dueSoonWithNoRecentUpdateIsAtRisk() {
        assertThat(rule.rate(ActionStatus.IN_PROGRESS, TODAY.plusDays(30), daysAgo(61))).isEqualTo(Rag.AT_RISK);
        assertThat(rule.rate(ActionStatus.NOT_STARTED, TODAY.plusDays(10), null)).isEqualTo(Rag.AT_RISK);
    }

    @Test
    void dueSoonWithARecentUpdateIsOnSchedule() {
        assertThat(rule.rate(ActionStatus.IN_PROGRESS, TODAY.plusDays(10), daysAgo(59))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void quietButNotDueSoonIsNotAtRisk() {
        assertThat(rule.rate(ActionStatus.IN_PROGRESS, TODAY.plusDays(31), daysAgo(200))).isEqualTo(Rag.ON_SCHEDULE);
    }

    @Test
    void notStartedAndNotDueIsNotStarted() {
        assertThat(rule.rate(ActionStatus.NOT_STARTED, TODAY.plusDays(120), null)).isEqualTo(Rag.NOT_STARTED);
        assertThat(rule.rate(ActionStatus.NOT_STARTED, null, null)).isEqualTo(Rag.NOT_STARTED);
    }

    @Test
    void rescheduledAndSuspendedShowTheirApproval() {
        assertThat(rule.rate(ActionStatus.RESCHEDULED, TODAY.plusDays(100), null)).isEqualTo(Rag.RESCHEDULED);
        assertThat(rule.rate(ActionStatus.SUSPENDED, TODAY.minusDays(100), null)).isEqualTo(Rag.SUSPENDED);
    }

    @Test
    void thresholdsComeFromConfiguration() {
        RagRule strict = new RagRule(Clock.fixed(NOW, ZoneId.of("Europe/London")), new RagProperties(60, 10));
        assertThat(strict.rate(ActionStatus.IN_PROGRESS, TODAY.plusDays(45), daysAgo(11))).isEqualTo(Rag.AT_RISK);
    }

    @Test
    void groupsPutWhatNeedsAttentionFirst() {
        assertThat(rule.group(action(ActionStatus.COMPLETE, TODAY.minusDays(5), daysAgo(1))))
                .isEqualTo(ActionGroup.COMPLETE);
        assertThat(rule.group(action(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), daysAgo(1))))
                .isEqualTo(ActionGroup.OVERDUE);
        assertThat(rule.group(action(ActionStatus.BEHIND_SCHEDULE, TODAY.plusDays(90), daysAgo(1))))
                .isEqualTo(ActionGroup.BEHIND_SCHEDULE);
        assertThat(rule.group(action(ActionStatus.IN_PROGRESS, TODAY.plusDays(30), daysAgo(1))))
                .isEqualTo(ActionGroup.DUE_SOON);
        assertThat(rule.group(action(ActionStatus.NOT_STARTED, TODAY.plusDays(31), null)))
                .isEqualTo(ActionGroup.IN_PROGRESS);
        assertThat(rule.group(action(ActionStatus.SUSPENDED, TODAY.minusDays(10), null)))
                .isEqualTo(ActionGroup.IN_PROGRESS);
    }

    @Test
    void anOpenActionWithNoUpdateForLongerThanTheReportingIntervalIsStale() {
        assertThat(rule.stale(action(ActionStatus.IN_PROGRESS, null, daysAgo(57)), 8)).isTrue();
        assertThat(rule.stale(action(ActionStatus.IN_PROGRESS, null, daysAgo(55)), 8)).isFalse();
        assertThat(rule.stale(action(ActionStatus.IN_PROGRESS, null, daysAgo(15)), 2)).isTrue();
        assertThat(rule.stale(action(ActionStatus.COMPLETE, null, daysAgo(400)), 8)).isFalse();
    }

    private static Action action(ActionStatus status, LocalDate target, Instant lastProgress) {
        Action action = org.mockito.Mockito.mock(Action.class);
        org.mockito.Mockito.when(action.getStatus()).thenReturn(status);
        org.mockito.Mockito.when(action.getTargetDate()).thenReturn(target);
        org.mockito.Mockito.when(action.getLastProgressAt()).thenReturn(lastProgress);
        org.mockito.Mockito.when(action.getCreatedAt()).thenReturn(daysAgo(500));
        return action;
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }
}
