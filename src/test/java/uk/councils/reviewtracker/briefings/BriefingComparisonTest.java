package uk.councils.reviewtracker.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.TargetDate;

/**
 * What changed between the previous briefing's snapshot and the plan now ({@link BriefingService#compare}): a unit
 * test on plan lines, no database.
 */
class BriefingComparisonTest {

    private static final TargetDate JUNE = TargetDate.day(LocalDate.of(2026, 6, 30));
    private static final TargetDate SEPTEMBER = TargetDate.day(LocalDate.of(2026, 9, 30));

    @Test
    void anUnchangedPlanHasNoChanges() {
        List<PlanLine> plan = List.of(line(1L, JUNE, ActionStatus.IN_PROGRESS, Rag.ON_SCHEDULE));
        assertThat(BriefingService.compare(null, plan, plan).none()).isTrue();
    }

    @Test
    void completedSlippedNewlyBehindMovedAndAddedAreEachTheirOwnList() {
        List<PlanLine> before = List.of(
                line(1L, JUNE, ActionStatus.IN_PROGRESS, Rag.ON_SCHEDULE),
                line(2L, JUNE, ActionStatus.IN_PROGRESS, Rag.ON_SCHEDULE),
                line(3L, JUNE, ActionStatus.IN_PROGRESS, Rag.AT_RISK),
                line(4L, SEPTEMBER, ActionStatus.NOT_STARTED, Rag.NOT_STARTED),
                line(5L, null, ActionStatus.NOT_STARTED, Rag.NOT_STARTED));
        List<PlanLine> now = List.of(
                line(1L, JUNE, ActionStatus.COMPLETE, Rag.COMPLETE),
                line(2L, SEPTEMBER, ActionStatus.RESCHEDULED, Rag.ON_SCHEDULE),
                line(3L, JUNE, ActionStatus.IN_PROGRESS, Rag.BEHIND_SCHEDULE),
                line(4L, JUNE, ActionStatus.NOT_STARTED, Rag.NOT_STARTED),
                line(5L, SEPTEMBER, ActionStatus.NOT_STARTED, Rag.NOT_STARTED),
                line(6L, SEPTEMBER, ActionStatus.NOT_STARTED, Rag.NOT_STARTED));

        Changes changes = BriefingService.compare(null, before, now);

        assertThat(changes.none()).isFalse();
        assertThat(ids(changes.completed())).containsExactly(1L);
        assertThat(ids(changes.slipped())).containsExactly(2L);
        assertThat(ids(changes.newlyBehind())).containsExactly(3L);
        assertThat(ids(changes.targetsMoved())).as("moved earlier, or set for the first time").containsExactly(4L, 5L);
        assertThat(changes.added()).extracting(PlanLine::actionId).containsExactly(6L);
    }

    @Test
    void anActionAlreadyCompleteOrAlreadyBehindIsNotReportedAgain() {
        List<PlanLine> before = List.of(line(1L, JUNE, ActionStatus.COMPLETE, Rag.COMPLETE),
                line(2L, JUNE, ActionStatus.BEHIND_SCHEDULE, Rag.BEHIND_SCHEDULE));
        List<PlanLine> now = List.of(line(1L, JUNE, ActionStatus.COMPLETE, Rag.COMPLETE),
                line(2L, JUNE, ActionStatus.BEHIND_SCHEDULE, Rag.BEHIND_SCHEDULE));
        assertThat(BriefingService.compare(null, before, now).none()).isTrue();
    }

    /** A slipped action that is now behind schedule is in both lists: the committee asks both questions. */
    @Test
    void aTargetMovedLaterThatIsNowBehindIsBothSlippedAndNewlyBehind() {
        Changes changes = BriefingService.compare(null,
                List.of(line(1L, JUNE, ActionStatus.IN_PROGRESS, Rag.ON_SCHEDULE)),
                List.of(line(1L, SEPTEMBER, ActionStatus.BEHIND_SCHEDULE, Rag.BEHIND_SCHEDULE)));
        assertThat(ids(changes.slipped())).containsExactly(1L);
        assertThat(ids(changes.newlyBehind())).containsExactly(1L);
    }

    private static List<Long> ids(List<Changes.Change> changes) {
        return changes.stream().map(change -> change.now().actionId()).toList();
    }

    private static PlanLine line(Long id, TargetDate target, ActionStatus status, Rag rag) {
        return new PlanLine(id, "R" + id, "Recommendation " + id, null, null, "Action " + id, null, null, "Lead",
                null, null, target, status, rag, null, null);
    }
}
