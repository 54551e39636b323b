package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignedInUser;
import uk.councils.reviewtracker.users.User;

class ActionPermissionsTest {

    private static final long POLICE = 7L;
    private static final long HEALTH = 8L;
    private final ActionPermissions permissions = new ActionPermissions();
    private final Action action = actionLedBy(11L, POLICE);

    @Test
    void officerUpdatesAnActionTheyLead() {
        assertThat(permissions.canReportProgress(user(11L, Role.OFFICER, HEALTH), action)).isTrue();
    }

    @Test
    void officerUpdatesAnActionLedByTheirAgency() {
        assertThat(permissions.canReportProgress(user(12L, Role.OFFICER, POLICE), action)).isTrue();
    }

    @Test
    void officerCannotUpdateAnotherTeamsAction() {
        assertThat(permissions.canReportProgress(user(12L, Role.OFFICER, HEALTH), action)).isFalse();
        assertThat(permissions.canReportProgress(user(12L, Role.OFFICER, null), action)).isFalse();
    }

    @Test
    void scrutinyMembersOnlyRead() {
        assertThat(permissions.canReportProgress(user(11L, Role.SCRUTINY, POLICE), action)).isFalse();
        assertThat(permissions.canManage(user(11L, Role.SCRUTINY, POLICE))).isFalse();
    }

    @Test
    void managersAndAdministratorsChangeAnyAction() {
        assertThat(permissions.canReportProgress(user(99L, Role.MANAGER, null), action)).isTrue();
        assertThat(permissions.canManage(user(99L, Role.ADMIN, null))).isTrue();
        assertThat(permissions.canManage(user(11L, Role.OFFICER, POLICE))).isFalse();
    }

    @Test
    void nobodySignedInChangesNothing() {
        assertThat(permissions.canReportProgress(null, action)).isFalse();
    }

    private static SignedInUser user(Long id, Role role, Long agencyId) {
        return new SignedInUser(id, "u" + id, "User " + id, role, agencyId, "hash", true);
    }

    private static Action actionLedBy(Long leadId, Long agencyId) {
        User lead = mock(User.class);
        when(lead.getId()).thenReturn(leadId);
        Agency agency = mock(Agency.class);
        when(agency.getId()).thenReturn(agencyId);
        Action action = mock(Action.class);
        when(action.getLeadOfficer()).thenReturn(lead);
        when(action.getLeadAgency()).thenReturn(agency);
        return action;
    }
}
