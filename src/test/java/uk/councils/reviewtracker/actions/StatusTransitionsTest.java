package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.councils.reviewtracker.actions.ActionStatus.BEHIND_SCHEDULE;
import static uk.councils.reviewtracker.actions.ActionStatus.COMPLETE;
import static uk.councils.reviewtracker.actions.ActionStatus.IN_PROGRESS;
import static uk.councils.reviewtracker.actions.ActionStatus.NOT_STARTED;
import static uk.councils.reviewtracker.actions.ActionStatus.RESCHEDULED;
import static uk.councils.reviewtracker.actions.ActionStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole matrix of status moves, by role: every pair of statuses is checked, none left to a default. */
class StatusTransitionsTest {

    private static final Set<ActionStatus> ORDINARY = EnumSet.of(NOT_STARTED, IN_PROGRESS, BEHIND_SCHEDULE, COMPLETE);

    @Test
    void managersMayMoveAnyActionToAnyStatus() {
        for (ActionStatus from : ActionStatus.values()) {
            assertThat(StatusTransitions.choices(from, true)).containsExactly(ActionStatus.values());
        }
    }

    @Test
    void officersMoveFreelyAmongTheOrdinaryStatusesOnly() {
        for (ActionStatus from : ORDINARY) {
            for (ActionStatus to : ActionStatus.values()) {
                assertThat(StatusTransitions.allowed(from, to, false)).as(from + " -> " + to)
                        .isEqualTo(ORDINARY.contains(to));
            }
        }
        assertThat(StatusTransitions.refusal(IN_PROGRESS, SUSPENDED, false))
                .isEqualTo(StatusTransitions.Refusal.INTO_MANAGER_DECISION);
        assertThat(StatusTransitions.refusal(NOT_STARTED, RESCHEDULED, false))
                .isEqualTo(StatusTransitions.Refusal.INTO_MANAGER_DECISION);
    }

    @Test
    void officersCannotLiftASuspensionOrARescheduleButMayKeepReportingOnIt() {
        for (ActionStatus decided : EnumSet.of(SUSPENDED, RESCHEDULED)) {
            for (ActionStatus to : ActionStatus.values()) {
                assertThat(StatusTransitions.allowed(decided, to, false)).as(decided + " -> " + to)
                        .isEqualTo(to == decided);
            }
            assertThat(StatusTransitions.choices(decided, false)).containsExactly(decided);
        }
        assertThat(StatusTransitions.refusal(SUSPENDED, IN_PROGRESS, false))
                .isEqualTo(StatusTransitions.Refusal.OUT_OF_MANAGER_DECISION);
        assertThat(StatusTransitions.refusal(RESCHEDULED, COMPLETE, false))
                .isEqualTo(StatusTransitions.Refusal.OUT_OF_MANAGER_DECISION);
    }

    @Test
    void anOfficersChoicesAreTheOrdinaryStatusesInTheirUsualOrder() {
        assertThat(StatusTransitions.choices(BEHIND_SCHEDULE, false))
                .containsExactly(NOT_STARTED, IN_PROGRESS, BEHIND_SCHEDULE, COMPLETE);
    }
}
