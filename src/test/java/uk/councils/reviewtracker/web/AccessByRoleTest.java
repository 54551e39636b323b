package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** Every page as every role: readers read, managers change the plan, and nobody reaches past their role. */
@IntegrationTest
class AccessByRoleTest {

    private static final List<String> EVERYONE = List.of("admin", "manager", "officer", "scrutiny");
    private static final List<String> PLAN_EDITORS = List.of("admin", "manager");
    private static final List<String> READ_ONLY = List.of("officer", "scrutiny");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    FindingService findings;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ActionService actions;

    private Long reviewId;
    private Long findingId;
    private Long recommendationId;
    private Long actionId;
    private Long lineId;

    @BeforeEach
    void findDemoRecords() {
        Review walsall = fixtures.review(Fixtures.WALSALL);
        reviewId = walsall.getId();
        findingId = findings.forReview(reviewId).get(0).getId();
        Recommendation first = recommendations.forReview(reviewId).get(0);
        recommendationId = first.getId();
        actionId = actions.forReviewByRecommendation(reviewId).get(recommendationId).get(0).action().getId();
        lineId = reviews.linesOfEnquiry(reviewId).get(0).getId();
    }

    @Test
    void theReviewPageOffersChangesOnlyToThoseWhoMayMakeThem() throws Exception {
        List<String> links = List.of("/reviews/" + reviewId + "/plan", "/lines-of-enquiry/" + lineId + "/edit",
                "/findings/" + findingId + "/edit", "/recommendations/" + recommendationId + "/edit",
                "/recommendations/" + recommendationId + "/actions/new");
        for (String user : EVERYONE) {
            String page = mvc.perform(get("/reviews/" + reviewId).with(fixtures.as(user)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            for (String link : links) {
                assertThat(page.contains("href=\"" + link + "\"")).as(user + " is offered " + link)
                        .isEqualTo(PLAN_EDITORS.contains(user));
            }
        }
    }

    static Stream<Arguments> readPages() {
        return EVERYONE.stream().flatMap(user -> Stream.of("/reviews", "/reviews/{review}", "/actions/{action}",
                "/frameworks", "/frameworks/1", "/accessibility", "/my-actions", "/dashboard",
                "/dashboard/reviews/{review}", "/dashboard/reviews/{review}/actions?rag=COMPLETE",
                "/reviews/{review}/briefings", "/reviews/{review}/plan.xlsx", "/reviews/{review}/plan.csv", "/settings").map(page -> Arguments.of(user, page)));
    }

    static Stream<String> editPages() {
        return Stream.of("/reviews/new", "/reviews/{review}/edit", "/reviews/{review}/findings/new",
                "/findings/{finding}/edit", "/reviews/{review}/recommendations/new",
                "/recommendations/{recommendation}/edit", "/recommendations/{recommendation}/actions/new",
                "/actions/{action}/edit", "/reviews/{review}/lines-of-enquiry/new", "/lines-of-enquiry/{line}/edit",
                "/frameworks/new", "/reviews/{review}/plan", "/reviews/{review}/briefings/new");
    }

    static Stream<Arguments> editPagesForEditors() {
        return editPages().flatMap(page -> PLAN_EDITORS.stream().map(user -> Arguments.of(user, page)));
    }

    static Stream<Arguments> editPagesForReaders() {
        return editPages().flatMap(page -> READ_ONLY.stream().map(user -> Arguments.of(user, page)));
    }

    static Stream<String> changes() {
        return Stream.of("/reviews", "/reviews/{review}", "/reviews/{review}/findings", "/findings/{finding}",
                "/findings/{finding}/delete", "/reviews/{review}/recommendations", "/recommendations/{recommendation}",
                "/recommendations/{recommendation}/actions", "/actions/{action}", "/reviews/{review}/lines-of-enquiry",
                "/lines-of-enquiry/{line}", "/lines-of-enquiry/{line}/delete", "/frameworks",
                "/reviews/{review}/plan/leads", "/reviews/{review}/plan/targets",
                "/actions/{action}/requested-target/approve", "/actions/{action}/requested-target/decline",
                "/admin/users", "/admin/users/1", "/reviews/{review}/briefings");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("readPages")
    void everyRoleReadsTheReviews(String user, String page) throws Exception {
        mvc.perform(get(url(page)).with(fixtures.as(user))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("editPagesForEditors")
    void managersOpenThePlanForms(String user, String page) throws Exception {
        mvc.perform(get(url(page)).with(fixtures.as(user))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @MethodSource("editPagesForReaders")
    void officersAndScrutinyMembersAreRefusedThePlanForms(String user, String page) throws Exception {
        mvc.perform(get(url(page)).with(fixtures.as(user))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "scrutiny member cannot POST {0}")
    @MethodSource("changes")
    void scrutinyMembersCannotChangeAnything(String page) throws Exception {
        mvc.perform(post(url(page)).with(fixtures.as("scrutiny")).with(csrf()).param("text", "x"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "officer cannot POST {0}")
    @MethodSource("changes")
    void officersCannotChangeThePlan(String page) throws Exception {
        mvc.perform(post(url(page)).with(fixtures.as("officer")).with(csrf()).param("text", "x"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "anonymous is sent to sign in from {0}")
    @MethodSource("editPages")
    void anonymousVisitorsAreSentToSignIn(String page) throws Exception {
        mvc.perform(get(url(page))).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(url("/reviews/{review}"))).andExpect(status().isFound());
    }

    @ParameterizedTest(name = "only administrators open {0}")
    @MethodSource("adminPages")
    void onlyAdministratorsOpenTheAdministrationPages(String page) throws Exception {
        mvc.perform(get(page).with(fixtures.as("admin"))).andExpect(status().isOk());
        for (String user : List.of("manager", "officer", "scrutiny")) {
            mvc.perform(get(page).with(fixtures.as(user))).andExpect(status().isForbidden());
        }
    }

    static Stream<String> adminPages() {
        return Stream.of("/admin/users", "/admin/users/new", "/admin/users/1/edit", "/admin/audit");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/reviews").with(fixtures.as("manager")).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMissingRecordIsNotFound() throws Exception {
        for (String page : List.of("/reviews/999999", "/actions/999999", "/findings/999999/edit",
                "/recommendations/999999/edit", "/frameworks/999999", "/lines-of-enquiry/999999/edit")) {
            mvc.perform(get(page).with(fixtures.as("manager"))).andExpect(status().isNotFound());
        }
    }

    private String url(String template) {
        return template.replace("{review}", reviewId.toString()).replace("{finding}", findingId.toString())
                .replace("{recommendation}", recommendationId.toString()).replace("{action}", actionId.toString())
                .replace("{line}", lineId.toString());
    }
}
