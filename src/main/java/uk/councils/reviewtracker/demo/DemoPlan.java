package uk.councils.reviewtracker.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.councils.reviewtracker.recommendations.ResponseType;

/**
 * The invented improvement plans of the demo (demo/plans.json): per seed file, its recommendations in the seed's
 * order, each with the actions a council might have written in answer to it, and each action with its own story
 * and progress notes.
 */
record DemoPlan(Map<String, List<PlannedRecommendation>> reviews) {

    /** The plan of that seed file, one entry per recommendation of the seed (in order). */
    List<PlannedRecommendation> of(String seedFile) {
        List<PlannedRecommendation> planned = reviews.get(seedFile);
        if (planned == null) {
            throw new IllegalStateException("demo/plans.json has no plan for " + seedFile);
        }
        return planned;
    }

    /**
     * A recommendation's actions; {@code theme} names its theme where the review has no numbered groups;
     * {@code response} is the council's response where it did not simply accept (a {@link ResponseType} in lower
     * case), with its reasons in {@code responseNote}.
     */
    record PlannedRecommendation(String ref, String theme, String response, String responseNote,
                                 List<PlannedAction> actions) {

        ResponseType responseType() {
            return response == null ? ResponseType.ACCEPTED : ResponseType.valueOf(response.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One action: {@code lead} is a demo account's username, {@code leadName} a lead as a plan writes it (someone
     * without an account); {@code notes} are oldest first, and {@code {target}} in a note stands for the target;
     * {@code evidence} is what a completed action filed with the note that completed it.
     */
    record PlannedAction(String text, String outcome, String successMeasure, String agency, String lead,
                         String leadName, String story, List<String> notes, String evidence) {

        Story storyKind() {
            return Story.valueOf(story.toUpperCase(Locale.ROOT));
        }

        List<String> notesOrNone() {
            return notes == null ? List.of() : notes;
        }
    }

    /**
     * Where an action stands at the first load, which places its target and history so that the RAG rule gives
     * it the rating the story needs.
     */
    enum Story {
        COMPLETE, ON_SCHEDULE, BEHIND, NOT_STARTED, AT_RISK, RESCHEDULED, SUSPENDED
    }
}
