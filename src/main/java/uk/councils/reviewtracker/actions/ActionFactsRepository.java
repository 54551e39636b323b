package uk.councils.reviewtracker.actions;

import java.util.List;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/** Reads of many actions at once for figures, where loading entities would cost more than the figures. */
interface ActionFactsRepository {

    /** The facts of every action of every review whose status is not {@code excluded}. */
    List<ActionFacts> findFactsOfReviewsNotIn(ReviewStatus excluded);
}
