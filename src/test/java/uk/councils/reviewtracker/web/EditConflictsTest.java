package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.councils.reviewtracker.briefings.BriefingDetails;
import uk.councils.reviewtracker.briefings.BriefingService;
import uk.councils.reviewtracker.briefings.BriefingTemplate;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * The second of two managers saving the same review, recommendation or briefing is told someone else changed it,
 * shown what the first saved, and overwrites nothing (actions and progress updates: ManagerPlanFormsTest and
 * OfficerProgressTest).
 */
@IntegrationTest
class EditConflictsTest {

    private static final String CONFLICT = "Someone else has changed this";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ReviewService reviews;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    BriefingService briefings;

    User manager;

    @BeforeEach
    void manager() {
        manager = data.user(Role.MANAGER);
    }

    @Test
    void theSecondOfTwoManagersEditingAReviewGetsAConflict() throws Exception {
        Review review = data.review().create();
        long seen = review.getVersion();
        mvc.perform(reviewEdit(review.getId(), "First manager's title", seen)).andExpect(status().isFound());

        mvc.perform(reviewEdit(review.getId(), "Second manager's title", seen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CONFLICT)))
                .andExpect(content().string(containsString("value=\"First manager&#39;s title\"")));
        assertThat(reviews.get(review.getId()).getTitle()).isEqualTo("First manager's title");
    }

    @Test
    void theSecondOfTwoManagersEditingARecommendationGetsAConflict() throws Exception {
        Long id = data.recommendation().create().getId();
        long seen = recommendations.get(id).getVersion();
        mvc.perform(recommendationEdit(id, "First manager's wording", seen)).andExpect(status().isFound());

        mvc.perform(recommendationEdit(id, "Second manager's wording", seen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CONFLICT)))
                .andExpect(content().string(containsString("First manager&#39;s wording</textarea>")));
        assertThat(recommendations.get(id).getText()).isEqualTo("First manager's wording");
    }

    @Test
    void theSecondOfTwoManagersEditingABriefingGetsAConflict() throws Exception {
        Long id = briefings.create(data.review().create().getId(), new BriefingDetails(BriefingTemplate.PROGRESS_UPDATE,
                "Children's scrutiny committee", LocalDate.of(2026, 12, 10), "Morgan Manager", null, null)).getId();
        long seen = briefings.get(id).getVersion();
        mvc.perform(briefingEdit(id, "First manager's meeting", seen)).andExpect(status().isFound());

        mvc.perform(briefingEdit(id, "Second manager's meeting", seen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CONFLICT)))
                .andExpect(content().string(containsString("value=\"First manager&#39;s meeting\"")));
        assertThat(briefings.get(id).getMeetingName()).isEqualTo("First manager's meeting");
    }

    private MockHttpServletRequestBuilder reviewEdit(Long id, String title, long version) {
        return post("/reviews/{id}", id).with(data.as(manager)).with(csrf())
                .param("organisationName", "Testshire County Council").param("reviewType", "PEER_REVIEW")
                .param("title", title).param("status", "PUBLISHED").param("reportingIntervalWeeks", "6")
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder recommendationEdit(Long id, String text, long version) {
        return post("/recommendations/{id}", id).with(data.as(manager)).with(csrf())
                .param("ref", "1").param("text", text).param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder briefingEdit(Long id, String meetingName, long version) {
        return post("/briefings/{id}", id).with(data.as(manager)).with(csrf())
                .param("template", "PROGRESS_UPDATE").param("meetingName", meetingName)
                .param("meetingDate", "2026-12-10").param("author", "Morgan Manager")
                .param("version", String.valueOf(version));
    }
}
