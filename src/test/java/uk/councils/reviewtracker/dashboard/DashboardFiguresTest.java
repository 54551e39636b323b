package uk.councils.reviewtracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** Every figure on a dashboard opens a list of exactly that many actions. */
@IntegrationTest
class DashboardFiguresTest {

    private static final Pattern FIGURE = Pattern.compile(
            "<a class=\"govuk-link\" href=\"(/dashboard/reviews/\\d+/actions[^\"]*)\">(\\d+)</a>");
    private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\">\\s*<td");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;

    @Test
    void everyFigureOfAReviewDashboardMatchesItsList() throws Exception {
        Review walsall = fixtures.review(Fixtures.WALSALL);
        List<String[]> figures = figuresOn("/dashboard/reviews/" + walsall.getId());

        assertThat(figures).hasSizeGreaterThan(10);
        for (String[] figure : figures) {
            assertThat(rowsOn(figure[0])).as(figure[0]).isEqualTo(Integer.parseInt(figure[1]));
        }
    }

    @Test
    void everyFigureOfThePortfolioMatchesItsList() throws Exception {
        List<String[]> figures = figuresOn("/dashboard");

        assertThat(figures).hasSizeGreaterThan(8);
        for (String[] figure : figures) {
            assertThat(rowsOn(figure[0])).as(figure[0]).isEqualTo(Integer.parseInt(figure[1]));
        }
    }

    @Test
    void theReviewDashboardCountsEveryActionOnceByThemeAndByGroup() throws Exception {
        Review walsall = fixtures.review(Fixtures.WALSALL);
        int actionsInPlan = actions.forReview(walsall.getId()).size();
        String page = page("/dashboard/reviews/" + walsall.getId());

        assertThat(page).contains("<figure class=\"app-chart\" id=\"theme-chart\" aria-labelledby=\"theme-chart-title\">",
                "id=\"theme-chart-title\">By theme</span>", "Vision, strategy and leadership (",
                "<span>Behind schedule: ");
        assertThat(page).contains(actionsInPlan + " actions,");
        assertThat(page).contains("Vision, strategy and leadership", "Working together and the safeguarding board");
    }

    @Test
    void aLongListBehindScheduleShowsTheFirstTwentyAndLinksToAll() throws Exception {
        Review review = fixtures.newReview();
        Long recommendation = fixtures.newRecommendation(review.getId());
        for (int i = 0; i < 25; i++) {
            actions.add(recommendation, new ActionDetails("Behind " + i, null, null, null,
                    TargetDate.day(LocalDate.now().plusDays(60)), null, null, ActionStatus.BEHIND_SCHEDULE), "Test");
        }
        actions.add(recommendation, new ActionDetails("On track", null, null, null,
                TargetDate.day(LocalDate.now().plusDays(60)), null, null, ActionStatus.IN_PROGRESS), "Test");
        String dashboard = "/dashboard/reviews/" + review.getId();
        String page = page(dashboard);

        assertThat(page).contains("26 actions,", "25 behind schedule", "Behind schedule (25)",
                "The first 20 are shown: see all 25 actions behind schedule",
                "href=\"/dashboard/reviews/" + review.getId() + "/actions?rag=BEHIND_SCHEDULE\"");
        assertThat(Pattern.compile(">Behind \\d+</a>").matcher(page).results().count()).isEqualTo(20);
        assertThat(page).contains(">Behind 19</a>").doesNotContain(">Behind 20</a>");
        assertThat(rowsOn(dashboard + "/actions?rag=BEHIND_SCHEDULE")).isEqualTo(25);
        for (String[] figure : figuresOn(dashboard)) {
            assertThat(rowsOn(figure[0])).as(figure[0]).isEqualTo(Integer.parseInt(figure[1]));
        }
    }

    @Test
    void scrutinyMembersReadEveryDashboard() throws Exception {
        Review walsall = fixtures.review(Fixtures.WALSALL);
        for (String url : List.of("/dashboard", "/dashboard/reviews/" + walsall.getId(),
                "/dashboard/reviews/" + walsall.getId() + "/actions?rag=BEHIND_SCHEDULE")) {
            mvc.perform(get(url).with(fixtures.as("scrutiny"))).andExpect(status().isOk());
        }
    }

    private List<String[]> figuresOn(String url) throws Exception {
        Matcher matcher = FIGURE.matcher(page(url));
        List<String[]> figures = new ArrayList<>();
        while (matcher.find()) {
            figures.add(new String[] {HtmlUtils.htmlUnescape(matcher.group(1)), matcher.group(2)});
        }
        return figures;
    }

    private int rowsOn(String url) throws Exception {
        Matcher matcher = ROW.matcher(page(url));
        int rows = 0;
        while (matcher.find()) {
            rows++;
        }
        return rows;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).with(fixtures.as("scrutiny"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
