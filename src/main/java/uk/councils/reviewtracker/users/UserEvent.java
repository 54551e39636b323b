package uk.councils.reviewtracker.users;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** What happens to a person's account, published by {@link UserService} in the transaction that does it. */
public sealed interface UserEvent extends AuditedChange {

    Long userId();

    @Override
    default RecordType recordType() {
        return RecordType.USER;
    }

    @Override
    default Long recordId() {
        return userId();
    }

    record UserCreated(Long userId, String summary) implements UserEvent {
    }

    /** Their role, whether they can sign in, or their password. */
    record UserChanged(Long userId, String summary) implements UserEvent {
    }

    record RemindersSwitched(Long userId, String summary) implements UserEvent {
    }
}
