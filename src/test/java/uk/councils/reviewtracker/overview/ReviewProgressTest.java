package uk.councils.reviewtracker.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.actions.ActionGroup;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RatedFacts;

/** The list of reviews says, for each review, how many of its actions there are, are complete and are behind. */
class ReviewProgressTest {

    @Test
    void eachReviewCountsItsActionsTheCompleteOnesAndThoseBehindSchedule() {
        var progress = ReviewProgress.byReview(List.of(
                fact(1L, Rag.COMPLETE), fact(1L, Rag.BEHIND_SCHEDULE), fact(1L, Rag.ON_SCHEDULE),
                fact(2L, Rag.AT_RISK)));

        assertThat(progress).containsOnlyKeys(1L, 2L);
        assertThat(progress.get(1L)).isEqualTo(new ReviewProgress(3, 1, 1));
        assertThat(progress.get(2L)).isEqualTo(new ReviewProgress(1, 0, 0));
    }

    @Test
    void aReviewWithoutActionsHasNoProgress() {
        assertThat(ReviewProgress.byReview(List.of())).isEmpty();
    }

    private static RatedFacts fact(Long reviewId, Rag rag) {
        return new RatedFacts(reviewId * 100, reviewId, ActionStatus.IN_PROGRESS, LocalDate.of(2026, 6, 1), rag,
                ActionGroup.IN_PROGRESS, false);
    }
}
