package uk.councils.reviewtracker.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The two digests, and the period each is sent once in. */
public enum DigestKind {

    /** A lead officer's actions that are overdue, due soon or have had no recent update: once a day. */
    LEAD,
    /** The behind-schedule actions of a manager's reviews: once an ISO week, from the configured day on. */
    MANAGER;

    /** The period this kind of digest is sent once in: the day ("2026-03-09") or the ISO week ("2026-W11"). */
    String period(LocalDate today) {
        return switch (this) {
            case LEAD -> today.toString();
            case MANAGER -> String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                    today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /** A weekly digest is due from its day to the end of the week, so a failed one is tried again on later days. */
    boolean dueOn(LocalDate today, DayOfWeek managerDay) {
        return this == LEAD || today.getDayOfWeek().getValue() >= managerDay.getValue();
    }
}
