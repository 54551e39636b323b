package uk.councils.reviewtracker.users;

/** What an administrator sets for a person; a null password leaves the current one. */
record PersonDetails(String username, String displayName, String email, Role role, Long agencyId, boolean enabled,
                   String password) {
}
