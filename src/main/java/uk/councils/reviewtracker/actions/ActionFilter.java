package uk.councils.reviewtracker.actions;

import java.time.LocalDate;

/**
 * What an officer narrows their list to. Every part is optional; the theme is a theme of a finding the action's
 * recommendation answers, the text is looked for in the action's text and outcome and its recommendation's text and
 * reference, ignoring case.
 */
public record ActionFilter(Long reviewId, Long themeId, ActionStatus status, Long agencyId, LocalDate dueBefore,
                           String text) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null);
    }

    /** The words looked for, trimmed; null when there are none. */
    String words() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
