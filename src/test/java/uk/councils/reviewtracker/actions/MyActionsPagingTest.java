package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** My actions is counted and paged in the database: every tab's count is the number of rows its pages list. */
@IntegrationTest
class MyActionsPagingTest {

    private static final Pattern ROW = Pattern.compile("href=\"/actions/(\\d+)\">[^<]*</a>");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;
    @Autowired
    Clock clock;

    private User officer;
    private final List<Action> mine = new ArrayList<>();

    /**
     * A new officer leading 23 overdue and 3 behind (26 Behind schedule), one not started with no date, 5 due soon
     * and 24 later, all just added (so recently updated: 29 On schedule), 2 complete.
     */
    @BeforeEach
    void anOfficerWithALongList() {
        officer = fixtures.newUser(Role.OFFICER);
        Long recommendation = fixtures.newRecommendation(fixtures.newReview().getId());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 23; i++) {
            add(recommendation, "Overdue " + i, today.minusDays(1 + (i * 7) % 23), ActionStatus.IN_PROGRESS);
        }
        for (int i = 0; i < 5; i++) {
            add(recommendation, "Due soon " + i, today.plusDays(5 - i), ActionStatus.IN_PROGRESS);
        }
        for (int i = 0; i < 3; i++) {
            add(recommendation, "Behind " + i, today.plusDays(100 + i), ActionStatus.BEHIND_SCHEDULE);
        }
        add(recommendation, "No date", null, ActionStatus.NOT_STARTED);
        for (int i = 0; i < 24; i++) {
            add(recommendation, "Later " + i, today.plusDays(200 + i % 5), ActionStatus.IN_PROGRESS);
        }
        for (int i = 0; i < 2; i++) {
            add(recommendation, "Done " + i, today.minusDays(10), ActionStatus.COMPLETE);
        }
    }

    @Test
    void everyTabCountsWhatItsPagesList() throws Exception {
        String first = page("/my-actions");
        assertThat(first).contains("All open (56)", "Behind schedule (26)", "At risk (0)", "Not started (1)",
                "On schedule (29)", "Rescheduled (0)", "Suspended (0)", "Complete (2)", "You lead 56 open actions.");

        assertThat(allRows("/my-actions?")).hasSize(56).doesNotHaveDuplicates();
        Map<Rag, Integer> tabs = Map.of(Rag.BEHIND_SCHEDULE, 26, Rag.NOT_STARTED, 1, Rag.ON_SCHEDULE, 29,
                Rag.COMPLETE, 2);
        tabs.forEach((rag, count) -> assertThat(allRows("/my-actions?rag=" + rag + "&"))
                .as(rag.name()).hasSize(count).doesNotHaveDuplicates());
    }

    @Test
    void everyRowOfATabShowsThatTabsTag() throws Exception {
        for (Rag rag : List.of(Rag.BEHIND_SCHEDULE, Rag.NOT_STARTED, Rag.ON_SCHEDULE)) {
            String page = page("/my-actions?rag=" + rag);
            String tag = "govuk-tag app-nowrap " + rag.getTagClass() + "\">";
            int rows = rows(page).size();
            assertThat(page.split(java.util.regex.Pattern.quote(tag), -1)).as(rag.name()).hasSize(rows + 1);
        }
    }

    @Test
    void pagesHoldTwentyInTheOrderOfAttentionThenTargetThenAddition() throws Exception {
        List<Long> listed = allRows("/my-actions?");
        assertThat(rows(page("/my-actions?page=1"))).hasSize(20);
        assertThat(rows(page("/my-actions?page=3"))).hasSize(16);

        List<Long> expected = mine.stream().map(action -> actions.rated(action.getId()))
                .filter(rated -> rated.rag() != Rag.COMPLETE)
                .sorted(Comparator.comparing((RatedAction rated) -> LedActions.TABS.indexOf(rated.rag()))
                        .thenComparing(rated -> rated.action().getTargetDate(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(rated -> rated.action().getId()))
                .map(rated -> rated.action().getId()).toList();
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(listed.get(26)).isEqualTo(idOf("No date"));
    }

    @Test
    void aPageOutOfRangeShowsTheNearestOne() throws Exception {
        assertThat(rows(page("/my-actions?page=99"))).isEqualTo(rows(page("/my-actions?page=3")));
        assertThat(rows(page("/my-actions?page=0"))).isEqualTo(rows(page("/my-actions?page=1")));
        assertThat(page("/my-actions?rag=COMPLETE&page=5")).contains("Done 0", "Done 1");
    }

    @Test
    void theLastPageHasNoNextLinkAndTheFirstNoPrevious() throws Exception {
        assertThat(page("/my-actions?page=1")).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(page("/my-actions?page=3")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(page("/my-actions?rag=NOT_STARTED")).doesNotContain("govuk-pagination");
    }

    @Test
    void filtersCountAndPageTogetherAndSearchWordsAreNotPatterns() throws Exception {
        assertThat(page("/my-actions?q=due%20SOON")).contains("All open (5)", "Behind schedule (0)", "On schedule (5)");
        assertThat(allRows("/my-actions?q=due%20soon&")).hasSize(5);
        assertThat(page("/my-actions?q=%25")).contains("All open (0)", "No actions match.");
        assertThat(page("/my-actions?q=_")).contains("All open (0)");
        assertThat(page("/my-actions?status=BEHIND_SCHEDULE")).contains("All open (3)", "Behind schedule (3)");
    }

    private void add(Long recommendation, String text, LocalDate target, ActionStatus status) {
        mine.add(actions.add(recommendation, new ActionDetails(text, null, null, null,
                target == null ? null : TargetDate.day(target), officer.getId(), null, status, null), "Test"));
    }

    private Long idOf(String text) {
        return mine.stream().filter(action -> action.getText().equals(text)).findFirst().orElseThrow().getId();
    }

    /** The rows of every page of a list, following page numbers until a page adds nothing new. */
    private List<Long> allRows(String prefix) {
        List<Long> all = new ArrayList<>();
        try {
            for (int n = 1; n < 20; n++) {
                List<Long> rows = rows(page(prefix + "page=" + n));
                if (!all.isEmpty() && rows.equals(all.subList(Math.max(0, all.size() - rows.size()), all.size()))) {
                    break;
                }
                all.addAll(rows);
                if (rows.size() < 20) {
                    break;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static List<Long> rows(String html) {
        Matcher matcher = ROW.matcher(html);
        List<Long> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).with(fixtures.as(officer.getUsername()))).andReturn().getResponse()
                .getContentAsString();
    }
}
