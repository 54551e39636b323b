package uk.councils.reviewtracker.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RatedFacts;

/** How far a review's plan has got, for the list of reviews: its actions complete and behind schedule. */
record ReviewProgress(int total, int complete, int behind) {

    /** Each review's progress, by review id, from the rated facts of their actions. */
    static Map<Long, ReviewProgress> byReview(List<RatedFacts> facts) {
        Map<Long, ReviewProgress> progress = new HashMap<>();
        for (RatedFacts fact : facts) {
            ReviewProgress one = new ReviewProgress(1, fact.rag() == Rag.COMPLETE ? 1 : 0,
                    fact.rag() == Rag.BEHIND_SCHEDULE ? 1 : 0);
            progress.merge(fact.reviewId(), one, ReviewProgress::plus);
        }
        return progress;
    }

    private ReviewProgress plus(ReviewProgress other) {
        return new ReviewProgress(total + other.total, complete + other.complete, behind + other.behind);
    }
}
