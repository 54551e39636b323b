package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.UserService;

/**
 * A web slice: a manager's action form, its binding of targets, leads and agencies, and its messages, with the
 * services mocked and no database. An action added end to end and shown on its review: {@code ManagerPlanFormsTest}.
 */
@WebSlice(ActionController.class)
@Import({EnumOptions.class, ActionPermissions.class})
class ActionControllerSliceTest {

    private static final long RECOMMENDATION = 12L;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ActionService actions;
    @MockitoBean
    RecommendationService recommendations;
    @MockitoBean
    UserService users;

    @BeforeEach
    void aRecommendation() {
        Review review = mock(Review.class);
        when(review.getId()).thenReturn(3L);
        Recommendation recommendation = mock(Recommendation.class);
        when(recommendation.getId()).thenReturn(RECOMMENDATION);
        when(recommendation.getRef()).thenReturn("R14");
        when(recommendation.getText()).thenReturn("Strengthen the front door");
        when(recommendation.getReview()).thenReturn(review);
        when(recommendations.get(RECOMMENDATION)).thenReturn(recommendation);
    }

    @Test
    void anUnreadableTargetDateIsExplainedBesideTheFieldAndTheTypedTextKept() {
        MvcTestResult result = newAction().param("text", "Something").param("target", "next spring")
                .param("status", "NOT_STARTED").exchange();

        assertThat(result).hasStatusOk().hasViewName("actions/form");
        assertThat(result).bodyText().contains("<a href=\"#target\">Enter the target date as a date")
                .contains("id=\"target-error\"").contains("value=\"next spring\"").contains("Something</textarea>")
                .contains("Recommendation R14").contains("Strengthen the front door");
        verify(actions, never()).add(anyLong(), any(), anyString());
    }

    @Test
    void anActionWithoutWordsIsRefusedBesideTheText() {
        MvcTestResult result = newAction().param("text", "  ").param("target", "31/08/2031")
                .param("status", "NOT_STARTED").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("govuk-error-summary").contains("<a href=\"#text\">")
                .contains("id=\"text-error\"").contains("value=\"31/08/2031\"");
        verify(actions, never()).add(anyLong(), any(), anyString());
    }

    @Test
    void aValidActionIsAddedWithWhatWasTypedInTheManagersNameAndShown() {
        Action added = mock(Action.class);
        when(added.getId()).thenReturn(42L);
        when(actions.add(anyLong(), any(), anyString())).thenReturn(added);

        MvcTestResult result = newAction().param("text", " Review the MASH threshold document ")
                .param("outcome", "Thresholds understood").param("successMeasure", "").param("timescale", "3 months")
                .param("target", "31/08/2031").param("leadOfficerId", "5").param("leadAgencyId", "6")
                .param("status", "IN_PROGRESS").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/actions/42");
        verify(actions).add(RECOMMENDATION, new ActionDetails("Review the MASH threshold document",
                "Thresholds understood", null, "3 months", TargetDate.day(LocalDate.of(2031, 8, 31)), 5L, 6L,
                ActionStatus.IN_PROGRESS), "Sam Slice");
    }

    private MockMvcRequestBuilder newAction() {
        return mvc.post().uri("/recommendations/{id}/actions", RECOMMENDATION).with(SignedIn.as(Role.MANAGER))
                .with(csrf());
    }
}
