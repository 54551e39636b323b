package uk.councils.reviewtracker.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a person has open, on any instance: they live in the database, found by the principal name index.
 * A session keeps the role and agency of its sign-in, so when those change (or the person is disabled, or given a
 * new password) the sessions are ended and the next request signs in afresh with the rights as they are now.
 */
@Component
class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(String username) {
        var open = sessions.findByPrincipalName(username).keySet();
        open.forEach(sessions::deleteById);
        if (!open.isEmpty()) {
            log.info("Ended {} session(s) of {} after a change to their account", open.size(), username);
        }
    }
}
