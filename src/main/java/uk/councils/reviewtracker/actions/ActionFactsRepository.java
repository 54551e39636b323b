package uk.councils.reviewtracker.actions;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/** Reads of many actions at once for figures and lists, where loading entities would cost more than they show. */
interface ActionFactsRepository {

    /** The facts of every action of every review whose status is not {@code excluded}. */
    List<ActionFacts> findFactsOfReviewsNotIn(ReviewStatus excluded);

    /** How many of the actions a person leads that pass the filter fall in each group (groups with none left out). */
    Map<ActionGroup, Long> countGroupsLedBy(Long userId, ActionFilter filter, RagRule.InSql rule);

    /**
     * The ids of one page of the actions a person leads that pass the filter, in {@code group} (every open one when
     * null): by group, then soonest target (none last), then id.
     */
    List<Long> findIdsLedBy(Long userId, ActionFilter filter, ActionGroup group, RagRule.InSql rule,
                            Pageable pageable);

    /** Counts of a review's actions by recommendation, rating, overdue and stale, judged by the rule in SQL. */
    List<ActionTally> tallyReview(Long reviewId, RagRule.InSql rule, int reportingIntervalWeeks);

    /** The ids of a review's actions with that rating, in plan order, at most {@code limit}. */
    List<Long> findIdsOfReviewRated(Long reviewId, Rag rag, RagRule.InSql rule, int limit);
}
