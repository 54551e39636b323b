package uk.councils.reviewtracker.actions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** What an officer narrows their list to. Every part is optional. */
public record ActionFilter(Long reviewId, Set<Long> actionIdsOfTheme, ActionStatus status, Long agencyId,
                           LocalDate dueBefore, String text) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null);
    }

    boolean matches(Action action) {
        return (reviewId == null || reviewId.equals(action.getRecommendation().getReview().getId()))
                && (actionIdsOfTheme == null || actionIdsOfTheme.contains(action.getId()))
                && (status == null || status == action.getStatus())
                && (agencyId == null || (action.getLeadAgency() != null && agencyId.equals(action.getLeadAgency().getId())))
                && (dueBefore == null || (action.getTargetDate() != null && action.getTargetDate().isBefore(dueBefore)))
                && (text == null || text.isBlank() || mentions(action, text.strip().toLowerCase(Locale.UK)));
    }

    private static boolean mentions(Action action, String words) {
        return contains(action.getText(), words) || contains(action.getRecommendation().getText(), words)
                || contains(action.getOutcome(), words) || contains(action.getRecommendation().getRef(), words);
    }

    private static boolean contains(String field, String words) {
        return field != null && field.toLowerCase(Locale.UK).contains(words);
    }
}
