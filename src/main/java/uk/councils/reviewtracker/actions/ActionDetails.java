package uk.councils.reviewtracker.actions;

/** What describes an action, whether typed into the form or loaded from a plan. */
public record ActionDetails(String text, String outcome, String successMeasure, String timescale,
                            TargetDate target, Long leadOfficerId, Long leadAgencyId, ActionStatus status,
                            String leadName) {

    /** A lead who is a user (or none): no name as written. */
    public ActionDetails(String text, String outcome, String successMeasure, String timescale, TargetDate target,
                         Long leadOfficerId, Long leadAgencyId, ActionStatus status) {
        this(text, outcome, successMeasure, timescale, target, leadOfficerId, leadAgencyId, status, null);
    }
}
