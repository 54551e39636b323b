package uk.councils.reviewtracker.briefings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;

/** The words exports print for statuses, ratings and dates: the same words the pages show. */
@Component
class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final MessageSourceAccessor messages;
    private final ZoneId zone;

    Labels(MessageSourceAccessor messages, java.time.Clock clock) {
        this.messages = messages;
        this.zone = clock.getZone();
    }

    String status(ActionStatus status) {
        return text("actionStatus." + status);
    }

    String rag(Rag rag) {
        return text(rag.getMessageKey());
    }

    String ragMeaning(Rag rag) {
        return text(rag.getMessageKey() + ".meaning");
    }

    String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args);
    }
}
