package uk.councils.reviewtracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import uk.councils.reviewtracker.actions.ActionService;
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

        assertThat(page).contains("<svg", "role=\"img\"", "<title id=\"theme-chart-title\">By theme</title>",
                "<desc id=\"theme-chart-desc\">");
        assertThat(page).contains(actionsInPlan + " actions,");
        assertThat(page).contains("Vision, strategy and leadership", "Working together and the safeguarding board");
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
