package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** Dashboards, briefings and imports show each action's latest progress note. */
@IntegrationTest
class LatestNotesTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    ActionService actions;
    @Autowired
    Fixtures fixtures;

    @Test
    void eachActionsLatestNoteIsTheNewestWrittenEvenWhenLaterUpdatesHaveNone() {
        Long reviewId = fixtures.newReview().getId();
        Long recommendationId = fixtures.newRecommendation(reviewId);
        Long audit = add(recommendationId, "Audit referrals");
        Long training = add(recommendationId, "Train staff");
        Long thresholds = add(fixtures.newRecommendation(reviewId), "Publish thresholds");

        report(audit, "Started the audit", 0);
        report(audit, "Findings drafted", 2);
        report(audit, "Waiting for police data", 2);
        report(audit, null, 3);
        report(audit, "Backfilled: kick-off meeting held", -1);
        report(training, null, 1);
        report(thresholds, "Thresholds agreed", -5);

        Map<Long, ProgressUpdate> latest = actions.latestNotes(reviewId);

        assertThat(latest).containsOnlyKeys(audit, thresholds);
        assertThat(latest.get(audit).getNote()).isEqualTo("Waiting for police data");
        assertThat(latest.get(thresholds).getNote()).isEqualTo("Thresholds agreed");
    }

    private Long add(Long recommendationId, String text) {
        return actions.add(recommendationId, new ActionDetails(text, null, null, null, null, null, null,
                ActionStatus.NOT_STARTED), "Test").getId();
    }

    private void report(Long actionId, String note, int days) {
        actions.recordProgress(actionId, ActionStatus.IN_PROGRESS, note, "Olu Officer",
                MONDAY.plus(Duration.ofDays(days)));
    }
}
