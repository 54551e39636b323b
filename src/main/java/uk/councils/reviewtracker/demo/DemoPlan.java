package uk.councils.reviewtracker.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** A recommendation's actions; {@code theme} names its theme where the review has no numbered groups. */
    record PlannedRecommendation(String ref, String theme, List<PlannedAction> actions) {
    }

    /**
     * One action: {@code lead} is a demo account's username, {@code leadName} a lead as a plan writes it (someone
     * without an account); {@code notes} are oldest first, and {@code {target}} in a note stands for the target.
     */
    record PlannedAction(String text, String outcome, String successMeasure, String agency, String lead,
                         String leadName, String story, List<String> notes) {

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
