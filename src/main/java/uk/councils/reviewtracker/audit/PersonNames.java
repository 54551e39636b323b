package uk.councils.reviewtracker.audit;

import java.util.Map;

/**
 * The people the audit trail names: events keep the username of whoever made the change, the page shows their
 * full name. The users feature implements this, so the audit trail does not depend on it.
 */
public interface PersonNames {

    /** Full name by username, everyone who has an account, ordered by name. */
    Map<String, String> byUsername();
}
