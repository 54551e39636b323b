package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignedInUser;
import uk.councils.reviewtracker.users.User;

/**
 * A web slice: the progress form's rules of what a report needs (a note for a change, evidence for completion, a
 * reason for a new target, a manager for a reschedule) and its messages, as the signed-in lead officer, with the
 * service mocked and no database. Reports saved end to end, the history, permissions and conflicts:
 * {@code OfficerProgressTest}.
 */
@WebSlice(ProgressController.class)
@Import(ActionPermissions.class)
class ProgressControllerSliceTest {

    private static final long ACTION = 42L;
    private static final TargetDate AUGUST = TargetDate.day(LocalDate.of(2031, 8, 31));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ActionService actions;
    @MockitoBean
    RagRule ragRule;

    @BeforeEach
    void anActionTheSignedInOfficerLeads() {
        Review review = mock(Review.class);
        when(review.getDisplayName()).thenReturn("Testshire County Council, 2026");
        Recommendation recommendation = mock(Recommendation.class);
        when(recommendation.getReview()).thenReturn(review);
        User lead = mock(User.class);
        when(lead.getId()).thenReturn(1L);
        Action action = new Action(recommendation, 1);
        action.describe("Refresh the threshold document", null, null, null, AUGUST, lead, null);
        action.record(ActionStatus.IN_PROGRESS, "Started", "Test", java.time.Instant.EPOCH);
        when(actions.rated(ACTION)).thenReturn(new RatedAction(action, Rag.ON_SCHEDULE, null, false));
        when(ragRule.rateOnSaving(any(), any())).thenReturn(Rag.ON_SCHEDULE);
    }

    @Test
    void aChangeOfStatusNeedsANoteAndCompletionNeedsEvidenceBesideEachField() {
        assertThat(report(Role.OFFICER).param("status", "COMPLETE").exchange()).hasStatusOk().bodyText()
                .contains("<a href=\"#note\">Enter a progress note that explains")
                .contains("<a href=\"#evidence\">Enter the evidence")
                .contains("id=\"note-error\"").contains("id=\"evidence-error\"");
        assertThat(report(Role.OFFICER).param("status", "IN_PROGRESS").exchange()).hasStatusOk().bodyText()
                .contains("Enter a progress note, change the status");
        assertThat(report(Role.OFFICER).param("status", "IN_PROGRESS").param("note", "x".repeat(2001)).exchange())
                .hasStatusOk().bodyText().contains("shorten it to 2000 characters");
        verify(actions, never()).reportProgress(anyLong(), anyLong(), any(), any());
    }

    @Test
    void officersCannotRescheduleThemselvesButAManagerCan() {
        assertThat(report(Role.OFFICER).param("status", "RESCHEDULED").param("note", "Later").exchange())
                .hasStatusOk().bodyText().contains("Only a manager can reschedule").contains("id=\"status-error\"");
        verify(actions, never()).reportProgress(anyLong(), anyLong(), any(), any());

        assertThat(report(Role.MANAGER).param("status", "RESCHEDULED").param("note", "Later").exchange())
                .hasStatus3xxRedirection();
    }

    @Test
    void aNewTargetNeedsAReasonAndTheTypedDateIsKept() {
        MvcTestResult result = report(Role.OFFICER).param("status", "IN_PROGRESS").param("revisedTarget", "30/09/2031")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("actions/progress");
        assertThat(result).bodyText().contains("Give the reason for the new target date")
                .contains("value=\"30/09/2031\"");
        verify(actions, never()).reportProgress(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aReportIsSavedWithWhatWasTypedByTheSignedInOfficerAndTheActionShown() {
        MvcTestResult result = report(Role.OFFICER).param("status", "BEHIND_SCHEDULE")
                .param("note", " Waiting for health partners ").param("evidence", "")
                .param("revisedTarget", "Sep-31").param("targetReason", "Partner restructure").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/actions/" + ACTION);
        assertThat(result).flash().containsEntry("saved", true);
        verify(actions).reportProgress(eq(ACTION), eq(3L), eq(new ProgressReport(ActionStatus.BEHIND_SCHEDULE,
                        "Waiting for health partners", null, TargetDate.month(java.time.YearMonth.of(2031, 9)),
                        "Partner restructure")),
                any(SignedInUser.class));
    }

    private MockMvcRequestBuilder report(Role role) {
        return mvc.post().uri("/actions/{id}/progress", ACTION).with(SignedIn.as(role)).with(csrf())
                .param("version", "3");
    }
}
