package uk.councils.reviewtracker.common.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The machine-readable value of a {@code <time datetime>}, for every page: an instant in UTC to the second. The
 * database keeps microseconds, which the HTML standard's date and time strings do not allow.
 */
@Component("datetime")
public class DatetimeAttribute {

    public String of(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
