package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.actions.TargetPrecision;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.recommendations.ResponseType;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * A manager sets up a review and its plan; bad input is explained next to the field and nothing is lost (the
 * review and action forms' own validation: {@code ReviewControllerSliceTest}, {@code ActionControllerSliceTest}).
 */
@IntegrationTest
class ManagerPlanFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ActionService actions;

    User manager;
    User secondManager;
    User scrutiny;

    @BeforeEach
    void people() {
        manager = data.user(Role.MANAGER);
        secondManager = data.user(Role.MANAGER);
        scrutiny = data.user(Role.SCRUTINY);
    }

    @Test
    void managerCreatesAReviewWithARecommendationAndAnAction() throws Exception {
        String location = mvc.perform(post("/reviews").with(data.as(manager)).with(csrf())
                        .param("organisationName", "Testshire County Council").param("reviewType", "PEER_REVIEW")
                        .param("title", "Safeguarding peer challenge 2026").param("status", "DRAFT")
                        .param("reportingIntervalWeeks", "6").param("letterDate", "2026-03-25").param("version", "0"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/reviews/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Long reviewId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/reviews/{id}/recommendations", reviewId).with(data.as(manager)).with(csrf())
                        .param("ref", "R14").param("text", "Strengthen the front door").param("responseType", "REJECTED")
                        .param("responseDate", "2026-04-01").param("rationale", "Already done").param("version", "0"))
                .andExpect(status().isFound());
        Long recommendationId = recommendations.forReview(reviewId).get(0).getId();
        assertThat(recommendations.get(recommendationId).getResponse().type()).isEqualTo(ResponseType.REJECTED);

        mvc.perform(post("/recommendations/{id}/actions", recommendationId).with(data.as(manager)).with(csrf())
                        .param("text", "Review the MASH threshold document").param("target", "Aug-26")
                        .param("timescale", "3 months").param("status", "IN_PROGRESS").param("version", "0"))
                .andExpect(status().isFound());

        Action action = actions.forReviewByRecommendation(reviewId).get(recommendationId).get(0).action();
        assertThat(action.getTarget().precision()).isEqualTo(TargetPrecision.MONTH);
        assertThat(action.getTargetDate()).hasToString("2026-08-31");
        assertThat(actions.history(action.getId())).extracting(ProgressUpdate::getNewStatus)
                .containsExactly(ActionStatus.IN_PROGRESS);
        mvc.perform(get("/reviews/{id}", reviewId).with(data.as(scrutiny)))
                .andExpect(content().string(containsString("Review the MASH threshold document")))
                .andExpect(content().string(containsString("Recommendation R14")))
                .andExpect(content().string(containsString("Rejected")));
    }

    @Test
    void markupTypedIntoAFieldIsShownAsText() throws Exception {
        Long reviewId = data.review().of("Markup Borough Council").titled("<b>Bold</b> review")
                .status(ReviewStatus.DRAFT).create().getId();
        mvc.perform(post("/reviews/{id}/findings", reviewId).with(data.as(manager)).with(csrf())
                        .param("kind", "STRENGTH").param("detail", "SUMMARY")
                        .param("text", "<script>alert('x')</script> strong partnership"))
                .andExpect(status().isFound());
        mvc.perform(get("/reviews/{id}", reviewId).with(data.as(scrutiny)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>Bold</b>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; strong partnership")));
    }

    @Test
    void theSecondOfTwoManagersEditingAnActionGetsAConflictAndNothingIsOverwritten() throws Exception {
        Action action = data.action("Conflict test action").status(ActionStatus.NOT_STARTED).create();
        long version = actions.get(action.getId()).getVersion();

        mvc.perform(post("/actions/{id}", action.getId()).with(data.as(manager)).with(csrf())
                        .param("text", "First manager's wording").param("status", "IN_PROGRESS")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isFound());
        MvcResult second = mvc.perform(post("/actions/{id}", action.getId()).with(data.as(secondManager)).with(csrf())
                        .param("text", "Second manager's wording").param("status", "COMPLETE")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else has changed this")))
                .andReturn();

        assertThat(second.getResponse().getContentAsString()).contains("First manager&#39;s wording");
        Action saved = actions.get(action.getId());
        assertThat(saved.getText()).isEqualTo("First manager's wording");
        assertThat(saved.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    }
}
