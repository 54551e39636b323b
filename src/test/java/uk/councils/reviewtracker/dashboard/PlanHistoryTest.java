package uk.councils.reviewtracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** "How the plan has moved": one row per meeting day, dated as every other date on the page. */
@IntegrationTest
class PlanHistoryTest {

    private static final Pattern BRIEFING_LINK = Pattern.compile("href=\"/briefings/(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;

    private Long reviewId;
    private Long recommendationId;

    @BeforeEach
    void aReviewWithOneAction() {
        Action action = fixtures.newAction("Audit the front door", "officer", null,
                TargetDate.day(LocalDate.now().plusDays(90)));
        Action loaded = actions.get(action.getId());
        reviewId = loaded.getRecommendation().getReview().getId();
        recommendationId = loaded.getRecommendation().getId();
    }

    @Test
    void twoBriefingsIssuedForTheSameMeetingDayAreOneRowWithTheLatestFigures() throws Exception {
        Long first = issue("Children's Scrutiny Panel", "2026-12-15");
        actions.add(recommendationId, new ActionDetails("Train the front door staff", null, null, null,
                TargetDate.day(LocalDate.now().plusDays(90)), null, null, ActionStatus.IN_PROGRESS), "Test");
        Long second = issue("Children's Scrutiny Panel", "2026-12-15");

        String page = dashboard();

        assertThat(briefingsLinked(page)).containsExactly(second);
        assertThat(page).doesNotContain("href=\"/briefings/" + first + "\"");
        assertThat(page).contains("Children's Scrutiny Panel, 15 Dec 2026 (2)");
    }

    @Test
    void theChartAndTheTableGiveTheMeetingDateInTheSameFormat() throws Exception {
        issue("Children's Scrutiny Panel", "2026-12-15");
        issue("Cabinet", "2027-01-20");

        String page = dashboard();

        assertThat(page).doesNotContain("2026-12-15", "2027-01-20");
        assertThat(page).contains("Children's Scrutiny Panel, 15 Dec 2026", "Cabinet, 20 Jan 2027");
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/dashboard/reviews/{id}", reviewId).with(fixtures.as("scrutiny")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replace("&#39;", "'");
    }

    private static List<Long> briefingsLinked(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher link = BRIEFING_LINK.matcher(page);
        while (link.find()) {
            ids.add(Long.valueOf(link.group(1)));
        }
        return ids;
    }

    private Long issue(String meeting, String date) throws Exception {
        String location = mvc.perform(post("/reviews/{id}/briefings", reviewId).with(fixtures.as("manager"))
                        .with(csrf()).param("template", "PROGRESS_UPDATE").param("meetingName", meeting)
                        .param("meetingDate", date).param("author", "Morgan Manager"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/briefings/{id}/issue", id).with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isFound());
        return id;
    }
}
