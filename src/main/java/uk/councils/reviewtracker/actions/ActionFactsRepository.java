package uk.councils.reviewtracker.actions;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/** Reads of many actions at once for figures and lists, where loading entities would cost more than they show. */
interface ActionFactsRepository {

    /** The facts of every action of every review whose status is not {@code excluded}. */
    List<ActionFacts> findFactsOfReviewsNotIn(ReviewStatus excluded);

    /** How many of the actions a person leads that pass the filter have each rating (ratings with none left out). */
    Map<Rag, Long> countRatingsLedBy(Long userId, ActionFilter filter, RagRule.InSql rule);

    /**
     * The ids of one page of the actions a person leads that pass the filter, rated {@code rag} (every open one when
     * null): in the order of {@link LedActions#TABS}, then soonest target (none last), then id.
     */
    List<Long> findIdsLedBy(Long userId, ActionFilter filter, Rag rag, RagRule.InSql rule, Pageable pageable);

    /** Counts of a review's actions by recommendation, rating, overdue and stale, judged by the rule in SQL. */
    List<ActionTally> tallyReview(Long reviewId, RagRule.InSql rule, int reportingIntervalWeeks);

    /** The ids of a review's actions with that rating, in plan order, at most {@code limit}. */
    List<Long> findIdsOfReviewRated(Long reviewId, Rag rag, RagRule.InSql rule, int limit);
}
