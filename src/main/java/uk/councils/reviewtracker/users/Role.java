package uk.councils.reviewtracker.users;

/**
 * What a person may do. Each role includes the ones below it (see the role hierarchy in the security
 * configuration): an administrator can do what a manager can, a manager what an officer can, and everyone
 * can read what scrutiny members read.
 */
public enum Role {
    ADMIN,
    MANAGER,
    OFFICER,
    SCRUTINY;

    public String authority() {
        return "ROLE_" + name();
    }

    /** For Spring Security's RoleHierarchyImpl.fromHierarchy. */
    public static String hierarchy() {
        return "ROLE_ADMIN > ROLE_MANAGER\nROLE_MANAGER > ROLE_OFFICER\nROLE_OFFICER > ROLE_SCRUTINY";
    }
}
