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
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewDetails;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.reviews.ReviewType;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** A manager sets up a review and its plan; bad input is explained next to the field and nothing is lost. */
@IntegrationTest
class ManagerPlanFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ActionService actions;

    @Test
    void managerCreatesAReviewWithARecommendationAndAnAction() throws Exception {
        String location = mvc.perform(post("/reviews").with(fixtures.as("manager")).with(csrf())
                        .param("organisationName", "Testshire County Council").param("reviewType", "PEER_REVIEW")
                        .param("title", "Safeguarding peer challenge 2026").param("status", "DRAFT")
                        .param("reportingIntervalWeeks", "6").param("letterDate", "2026-03-25").param("version", "0"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/reviews/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Long reviewId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/reviews/{id}/recommendations", reviewId).with(fixtures.as("manager")).with(csrf())
                        .param("ref", "R14").param("text", "Strengthen the front door").param("responseType", "REJECTED")
                        .param("responseDate", "2026-04-01").param("rationale", "Already done").param("version", "0"))
                .andExpect(status().isFound());
        Long recommendationId = recommendations.forReview(reviewId).get(0).getId();
        assertThat(recommendations.get(recommendationId).getResponse().type()).isEqualTo(ResponseType.REJECTED);

        mvc.perform(post("/recommendations/{id}/actions", recommendationId).with(fixtures.as("manager")).with(csrf())
                        .param("text", "Review the MASH threshold document").param("target", "Aug-26")
                        .param("timescale", "3 months").param("status", "IN_PROGRESS").param("version", "0"))
                .andExpect(status().isFound());

        Action action = actions.forReviewByRecommendation(reviewId).get(recommendationId).get(0).action();
        assertThat(action.getTarget().precision()).isEqualTo(TargetPrecision.MONTH);
        assertThat(action.getTargetDate()).hasToString("2026-08-31");
        assertThat(actions.history(action.getId())).extracting(ProgressUpdate::getNewStatus)
                .containsExactly(ActionStatus.IN_PROGRESS);
        mvc.perform(get("/reviews/{id}", reviewId).with(fixtures.as("scrutiny")))
                .andExpect(content().string(containsString("Review the MASH threshold document")))
                .andExpect(content().string(containsString("Recommendation R14")))
                .andExpect(content().string(containsString("Rejected")));
    }

    @Test
    void missingFieldsAreExplainedNextToTheFieldAndInTheSummary() throws Exception {
        mvc.perform(post("/reviews").with(fixtures.as("manager")).with(csrf())
                        .param("organisationName", "Testshire").param("title", " ").param("status", "DRAFT")
                        .param("reportingIntervalWeeks", "0").param("reviewType", "PEER_REVIEW").param("version", "0")
                        .param("fieldworkStart", "2026-05-18").param("fieldworkEnd", "2026-05-14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("<a href=\"#title\">Enter a title</a>")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("between 1 and 52 weeks")))
                .andExpect(content().string(containsString("same as or after the start date")))
                .andExpect(content().string(containsString("value=\"Testshire\"")))
                .andExpect(content().string(containsString("<title>Error: ")));
    }

    @Test
    void everyFieldOfTheReviewFormAppearsOnceWithItsLabel() throws Exception {
        String page = mvc.perform(get("/reviews/new").with(fixtures.as("manager")))
                .andReturn().getResponse().getContentAsString();
        for (String field : new String[] {"organisationName", "reviewType", "title", "frameworkId", "fieldworkDates",
                "fieldworkStart", "fieldworkEnd", "letterDate", "reviewLead", "reviewLeadRole", "reviewTeam", "status",
                "reportingIntervalWeeks"}) {
            assertThat(page.split("name=\"" + field + "\"", -1)).as(field).hasSize(2);
            assertThat(page).as(field).contains("for=\"" + field + "\"");
        }
    }

    @Test
    void aValueTheServerCannotReadIsExplainedAndTheRestOfTheFormKept() throws Exception {
        mvc.perform(post("/reviews").with(fixtures.as("manager")).with(csrf())
                        .param("organisationName", "Kept Council").param("title", "Kept title").param("status", "DRAFT")
                        .param("reportingIntervalWeeks", "six").param("reviewType", "PEER_REVIEW")
                        .param("letterDate", "not-a-date").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#reportingIntervalWeeks\">Enter a whole number</a>")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("value=\"Kept title\"")))
                .andExpect(content().string(containsString("value=\"six\"")));
    }

    @Test
    void theErrorSummaryListsErrorsInTheOrderOfTheFields() throws Exception {
        String page = mvc.perform(post("/reviews").with(fixtures.as("manager")).with(csrf())
                        .param("organisationName", "").param("title", "").param("status", "DRAFT")
                        .param("reportingIntervalWeeks", "six").param("reviewType", "PEER_REVIEW").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("govuk-error-summary__list"), page.indexOf("</ul>",
                page.indexOf("govuk-error-summary__list")));
        assertThat(summary.indexOf("#organisationName")).isLessThan(summary.indexOf("#title"));
        assertThat(summary.indexOf("#title")).isLessThan(summary.indexOf("#reportingIntervalWeeks"));
    }

    @Test
    void anUnreadableTargetDateIsExplainedAndTheTypedTextKept() throws Exception {
        Long recommendationId = recommendations.forReview(fixtures.review(Fixtures.WALSALL).getId()).get(0).getId();
        mvc.perform(post("/recommendations/{id}/actions", recommendationId).with(fixtures.as("manager")).with(csrf())
                        .param("text", "Something").param("target", "next spring").param("status", "NOT_STARTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the target date as a date")))
                .andExpect(content().string(containsString("value=\"next spring\"")));
    }

    @Test
    void markupTypedIntoAFieldIsShownAsText() throws Exception {
        Long reviewId = reviews.create(new ReviewDetails("Markup Borough Council", ReviewType.PEER_REVIEW,
                "<b>Bold</b> review", null, null, null, null, null, null, null, null, ReviewStatus.DRAFT, 8)).getId();
        mvc.perform(post("/reviews/{id}/findings", reviewId).with(fixtures.as("manager")).with(csrf())
                        .param("kind", "STRENGTH").param("detail", "SUMMARY")
                        .param("text", "<script>alert('x')</script> strong partnership"))
                .andExpect(status().isFound());
        mvc.perform(get("/reviews/{id}", reviewId).with(fixtures.as("scrutiny")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>Bold</b>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; strong partnership")));
    }

    @Test
    void theSecondOfTwoManagersEditingAnActionGetsAConflictAndNothingIsOverwritten() throws Exception {
        Review walsall = fixtures.review(Fixtures.WALSALL);
        Long recommendationId = recommendations.forReview(walsall.getId()).get(1).getId();
        Action action = actions.add(recommendationId, new uk.councils.reviewtracker.actions.ActionDetails(
                "Conflict test action", null, null, null, null, null, null, ActionStatus.NOT_STARTED), "Test");
        long version = actions.get(action.getId()).getVersion();

        mvc.perform(post("/actions/{id}", action.getId()).with(fixtures.as("manager")).with(csrf())
                        .param("text", "First manager's wording").param("status", "IN_PROGRESS")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isFound());
        MvcResult second = mvc.perform(post("/actions/{id}", action.getId()).with(fixtures.as("admin")).with(csrf())
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
