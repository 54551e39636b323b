package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.councils.reviewtracker.actions.ActionStatus;

/** The status words and RAG letters of plans: a unit test, no application context. */
class StatusWordsTest {

    @ParameterizedTest
    @CsvSource({
            "Completed, COMPLETE",
            "BLUE, COMPLETE",
            "B, COMPLETE",
            "In Progress, IN_PROGRESS",
            "in progress - on schedule, IN_PROGRESS",
            "On track, IN_PROGRESS",
            "G, IN_PROGRESS",
            "Behind schedule, BEHIND_SCHEDULE",
            "R, BEHIND_SCHEDULE",
            "Off-track, BEHIND_SCHEDULE",
            "Not yet started, NOT_STARTED",
            "Deferred, RESCHEDULED",
            "On hold, SUSPENDED",
            "'  suspended (with approval) ', SUSPENDED"})
    void readsWordsInAnyCaseAndPunctuation(String text, ActionStatus status) {
        assertThat(StatusWords.parse(text)).contains(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amber", "a", "At risk", "AT-RISK"})
    void amberAndAtRiskAreInProgressAndSaidToBeSoftened(String text) {
        assertThat(StatusWords.parse(text)).contains(ActionStatus.IN_PROGRESS);
        assertThat(StatusWords.softened(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Green", "Completed", "Red"})
    void otherWordsAreNotSoftened(String text) {
        assertThat(StatusWords.softened(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Partly", "See note", "50%", ""})
    void leavesWhatIsNotAStatus(String text) {
        assertThat(StatusWords.parse(text)).isEmpty();
    }

    @Test
    void nothingIsNoStatus() {
        assertThat(StatusWords.parse(null)).isEmpty();
        assertThat(StatusWords.softened(null)).isFalse();
    }
}
