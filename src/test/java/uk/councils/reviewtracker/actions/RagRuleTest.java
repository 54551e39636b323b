package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class RagRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final RagRule rule = new RagRule(Clock.fixed(NOW, ZoneId.of("Europe/London")), new RagProperties(30, 60));

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

    private static Instant daysAgo(int days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }
}
