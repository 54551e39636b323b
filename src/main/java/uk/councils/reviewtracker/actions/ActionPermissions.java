package uk.councils.reviewtracker.actions;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignedInUser;

/**
 * Who may change an action. Managers and administrators change any action of the plan; an officer reports
 * progress on the actions they lead and on those led by their agency; scrutiny members only read.
 */
@Component
public class ActionPermissions {

    public boolean canReportProgress(SignedInUser user, Action action) {
        if (user == null) {
            return false;
        }
        if (canManage(user)) {
            return true;
        }
        if (user.role() != Role.OFFICER) {
            return false;
        }
        boolean leads = action.getLeadOfficer() != null && action.getLeadOfficer().getId().equals(user.id());
        boolean agencyLeads = action.getLeadAgency() != null && user.agencyId() != null
                && action.getLeadAgency().getId().equals(user.agencyId());
        return leads || agencyLeads;
    }

    /** Rescheduling, suspending, reassigning and moving targets directly are a manager's decisions. */
    public boolean canManage(SignedInUser user) {
        return user != null && (user.role() == Role.MANAGER || user.role() == Role.ADMIN);
    }

    public void requireProgressReporter(SignedInUser user, Action action) {
        if (!canReportProgress(user, action)) {
            throw new AccessDeniedException("Not allowed to update action " + action.getId());
        }
    }

    public void requireManager(SignedInUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("Only managers can do this");
        }
    }
}
