package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.audit.AuditWording;
import uk.councils.reviewtracker.briefings.BriefingTemplate;
import uk.councils.reviewtracker.recommendations.ResponseType;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;
import uk.councils.reviewtracker.users.Role;

/** The audit trail page: who (by name) changed what (in words), filtered, paged, each line linked to its record. */
@IntegrationTest
class AuditTrailPageTest {

    private static final TargetDate AUGUST = TargetDate.day(LocalDate.of(2031, 8, 31));
    private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\">\\s*<td");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    UserService users;
    @Autowired
    ActionService actions;
    @Autowired
    AuditWording wording;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    User admin;
    User manager;
    User officer;

    @BeforeEach
    void people() {
        admin = data.user(Role.ADMIN);
        manager = data.user(Role.MANAGER);
        officer = data.user(Role.OFFICER);
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/audit").with(data.as(admin))).andExpect(status().isOk());
        for (User user : new User[] {manager, officer, data.user(Role.SCRUTINY)}) {
            mvc.perform(get("/admin/audit").with(data.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void eachChangeNamesThePersonSaysWhatHappenedInWordsAndLinksToTheRecord() throws Exception {
        Action action = data.action("Audit the case files").ledBy(officer).due(AUGUST).create();
        mvc.perform(report(action, manager).param("status", "BEHIND_SCHEDULE").param("note", "Short of staff"))
                .andExpect(status().isFound());

        String page = audit("type=ACTION&recordId=" + action.getId());

        assertThat(page).contains(manager.getDisplayName(), "status Behind schedule, note: Short of staff",
                "href=\"/actions/" + action.getId() + "\"", "Action " + action.getId())
                .doesNotContain("BEHIND_SCHEDULE", ">" + manager.getUsername() + "<");
        assertThat(rows(page)).isEqualTo(2);
    }

    @Test
    void aNewUserIsShownWithTheirRoleInWordsAndALinkToThem() throws Exception {
        String username = "audit." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").with(data.as(admin)).with(csrf()).param("username", username)
                        .param("displayName", "Ada Auditor").param("role", "SCRUTINY").param("enabled", "true")
                        .param("password", "correct horse battery staple"))
                .andExpect(status().isFound());
        Long id = users.findByUsername(username).orElseThrow().getId();

        assertThat(audit("type=USER&recordId=" + id)).contains("Created user " + username
                + " (Ada Auditor) as Scrutiny member", admin.getDisplayName(), "href=\"/admin/users/" + id + "/edit\"");
    }

    @Test
    void filtersByPerson() throws Exception {
        Action action = data.action("Share the findings").ledBy(officer).due(AUGUST).create();
        mvc.perform(report(action, officer).param("status", "BEHIND_SCHEDULE").param("note", "By the officer"))
                .andExpect(status().isFound());
        mvc.perform(report(action, manager).param("status", "IN_PROGRESS").param("note", "By the manager"))
                .andExpect(status().isFound());

        String officers = audit("person=" + officer.getUsername() + "&recordId=" + action.getId());
        assertThat(officers).contains("By the officer").doesNotContain("By the manager");
        assertThat(audit("person=" + manager.getUsername() + "&recordId=" + action.getId())).contains("By the manager")
                .doesNotContain("By the officer");
    }

    @Test
    void filtersByDatesInUkTime() throws Exception {
        Action action = data.action("Date the changes").ledBy(officer).due(AUGUST).create();
        LocalDate today = LocalDate.now(clock);
        String record = "type=ACTION&recordId=" + action.getId();

        assertThat(audit(record + "&from=" + today + "&to=" + today)).contains("Added action &quot;Date the changes&quot;");
        assertThat(audit(record + "&from=" + today.plusDays(1))).contains("No changes match these filters")
                .doesNotContain("Added action");
        assertThat(audit(record + "&to=" + today.minusDays(1))).contains("No changes match these filters");
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsExplained() throws Exception {
        String page = audit("from=2026-05-02&to=2026-05-01");

        assertThat(page).contains("<title>Error: Audit trail", "There is a problem", "href=\"#to\"",
                "The &quot;to&quot; date must be the same as or after the &quot;from&quot; date", "govuk-input--error");
        assertThat(rows(page)).isZero();
    }

    @Test
    void aRecordNumberThatIsNotANumberIsExplained() throws Exception {
        assertThat(audit("recordId=twelve")).contains("There is a problem", "href=\"#recordId\"",
                "Enter a record number, like 12");
        assertThat(audit("recordId=-3")).contains("Enter a record number, like 12");
        assertThat(audit("from=2026-13-45")).contains("Enter a real date for &quot;from&quot;");
    }

    @Test
    void theTrailIsPagedWithLinksThatKeepTheFilters() throws Exception {
        Action action = data.action("Page the trail").ledBy(officer).due(AUGUST).create();
        for (int i = 1; i <= 52; i++) {
            data.progress(action, manager, ActionStatus.IN_PROGRESS, "Update " + i);
        }
        String person = "person=" + manager.getUsername();
        long changes = jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE created_by = ?", Long.class,
                manager.getUsername());
        assertThat(changes).as("the manager's changes make more than two pages").isGreaterThan(50);

        String first = audit(person);
        String second = audit(person + "&page=2");

        assertThat(first).contains("Showing 1 to 25 of " + String.format("%,d", changes) + " changes",
                "/admin/audit?" + person + "&amp;page=2\"", "govuk-pagination");
        assertThat(rows(first)).isEqualTo(25);
        assertThat(second).contains("Showing 26 to 50 of");
        assertThat(rows(second)).isEqualTo(25);
        assertThat(firstDescription(second)).isNotEqualTo(firstDescription(first));
        assertThat(audit(person + "&page=100000")).as("past the end: the last page")
                .contains("of " + String.format("%,d", changes) + " changes", "aria-current=\"page\"");
    }

    @Test
    void noChangeIsShownWithACode() {
        Set<String> codes = Stream.of(ActionStatus.values(), Role.values(), BriefingTemplate.values(),
                        ResponseType.values())
                .flatMap(Arrays::stream).map(Enum::name).collect(Collectors.toSet());
        List<String> descriptions = jdbc.queryForList("SELECT description FROM audit_event", String.class);
        assertThat(descriptions).isNotEmpty();

        for (String description : descriptions) {
            String outsideQuotes = wording.plain(description).replaceAll("\"[^\"]*\"", "\"\"");
            Matcher words = Pattern.compile("\\b[A-Z][A-Z_]+\\b").matcher(outsideQuotes);
            while (words.find()) {
                assertThat(codes).as(description).doesNotContain(words.group());
            }
        }
    }

    private String audit(String query) throws Exception {
        return mvc.perform(get("/admin/audit?" + query).with(data.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int rows(String page) {
        return (int) ROW.matcher(page).results().count();
    }

    private static String firstDescription(String page) {
        Matcher what = Pattern.compile("app-audit__what\">([^<]*)<").matcher(page);
        return what.find() ? what.group(1) : null;
    }

    private MockHttpServletRequestBuilder report(Action action, User user) {
        return post("/actions/{id}/progress", action.getId()).with(data.as(user)).with(csrf())
                .param("version", String.valueOf(actions.get(action.getId()).getVersion()));
    }
}
