package uk.councils.reviewtracker.users;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.audit.PersonNames;

/** Everyone's full name, for the audit trail, which records usernames. */
@Component
class UserNames implements PersonNames {

    private final UserRepository users;

    UserNames(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> byUsername() {
        Map<String, String> names = new LinkedHashMap<>();
        users.findAllByOrderByDisplayNameAsc().forEach(user -> names.put(user.getUsername(), user.getDisplayName()));
        return names;
    }
}
