package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.UserService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

@IntegrationTest
class MyActionsAndPlanTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;
    @Autowired
    UserService users;
    @Autowired
    ReviewService reviews;
    @Autowired
    FrameworkService frameworks;

    @Test
    void officersStartOnTheirOwnActionsScrutinyMembersOnTheDashboardAndOthersOnTheReviews() throws Exception {
        mvc.perform(get("/").with(fixtures.as("officer"))).andExpect(redirectedUrl("/my-actions"));
        mvc.perform(get("/").with(fixtures.as("manager"))).andExpect(redirectedUrl("/reviews"));
        mvc.perform(get("/").with(fixtures.as("admin"))).andExpect(redirectedUrl("/reviews"));
        mvc.perform(get("/").with(fixtures.as("scrutiny"))).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void aScrutinyMemberSigningInLandsOnTheDashboard() throws Exception {
        MockHttpServletResponse signedIn = mvc.perform(formLogin("/login").user("scrutiny").password("demo"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse();
        mvc.perform(get("/").cookie(signedIn.getCookies())).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void myActionsListsOnlyTheActionsILeadGroupedWithCounts() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        fixtures.newAction("Overdue " + mark, "officer", null, TargetDate.day(LocalDate.now().minusDays(3)));
        fixtures.newAction("Someone else's " + mark, "officer2", null, TargetDate.day(LocalDate.now().plusDays(90)));

        mvc.perform(get("/my-actions").param("q", mark).with(fixtures.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue " + mark)))
                .andExpect(content().string(not(containsString("Someone else&#39;s " + mark))))
                .andExpect(content().string(containsString("Behind schedule (1)")))
                .andExpect(content().string(containsString("Behind schedule</strong>")));
        mvc.perform(get("/my-actions").param("q", mark).param("rag", "COMPLETE").with(fixtures.as("officer")))
                .andExpect(content().string(not(containsString("Overdue " + mark))))
                .andExpect(content().string(containsString("No actions match")));
    }

    @Test
    void theFilterShowsWhatWasChosen() throws Exception {
        Long reviewId = fixtures.review(Fixtures.WALSALL).getId();
        mvc.perform(get("/my-actions").param("status", "IN_PROGRESS").param("review", reviewId.toString())
                        .with(fixtures.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"IN_PROGRESS\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"" + reviewId + "\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<label class=\"govuk-label\" for=\"agency\">")));
    }

    @Test
    void theFilterOffersEveryReviewNewestFirstEveryThemeByFrameworkAndEveryAgencyByName() throws Exception {
        String page = mvc.perform(get("/my-actions").with(fixtures.as("officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(options(page, "review")).isNotEmpty().containsExactlyElementsOf(reviews.all().stream()
                .map(review -> review.getId() + " " + HtmlUtils.htmlEscape(review.getDisplayName())).toList());
        assertThat(options(page, "theme")).isNotEmpty().containsExactlyElementsOf(frameworks.all().stream()
                .flatMap(framework -> framework.getThemes().stream())
                .map(theme -> theme.getId() + " " + HtmlUtils.htmlEscape(theme.getName())).toList());
        assertThat(options(page, "agency")).isNotEmpty().containsExactlyElementsOf(users.agencies().stream()
                .map(agency -> agency.getId() + " " + HtmlUtils.htmlEscape(agency.getName())).toList());
    }

    /** The choices of one select of the filter (leaving out "Any"), as "value label". */
    private static List<String> options(String page, String select) {
        Matcher field = Pattern.compile("<select [^>]*name=\"" + select + "\">(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(field.find()).as("the %s select", select).isTrue();
        return Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]*)</option>").matcher(field.group(1)).results()
                .map(option -> option.group(1) + " " + option.group(2)).toList();
    }

    @Test
    void myActionsPagesThroughALongList() throws Exception {
        String mark = "page" + UUID.randomUUID().toString().substring(0, 6);
        Action first = fixtures.newAction(mark + " 00", "officer", null, TargetDate.day(LocalDate.now().plusDays(100)));
        for (int i = 1; i <= 21; i++) {
            actions.add(first.getRecommendation().getId(), new ActionDetails(mark + " " + i, null, null, null,
                    TargetDate.day(LocalDate.now().plusDays(100 + i)),
                    users.findByUsername("officer").orElseThrow().getId(), null, ActionStatus.NOT_STARTED), "Test");
        }
        mvc.perform(get("/my-actions").param("q", mark).with(fixtures.as("officer")))
                .andExpect(content().string(containsString("All open (22)")))
                .andExpect(content().string(containsString(mark + " 1<")))
                .andExpect(content().string(not(containsString(mark + " 21<"))))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/my-actions").param("q", mark).param("page", "2").with(fixtures.as("officer")))
                .andExpect(content().string(containsString(mark + " 21<")))
                .andExpect(content().string(containsString(mark + " 00<")))
                .andExpect(content().string(not(containsString(mark + " 1<"))));
    }

    @Test
    void aManagerSeesTheWholePlanSortedAndReassignsALead() throws Exception {
        Action action = fixtures.newAction("Reassign me", "officer", null, TargetDate.day(LocalDate.of(2031, 1, 31)));
        Long reviewId = actions.get(action.getId()).getRecommendation().getReview().getId();
        Long priya = users.findByUsername("officer2").orElseThrow().getId();

        mvc.perform(get("/reviews/{id}/plan", reviewId).param("sort", "TARGET").param("dir", "desc")
                        .with(fixtures.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("Reassign me")));
        mvc.perform(post("/reviews/{id}/plan/leads", reviewId).with(fixtures.as("manager")).with(csrf())
                        .param("leads[" + action.getId() + "]", priya.toString()))
                .andExpect(status().isFound());
        assertThat(actions.get(action.getId()).getLeadOfficer().getId()).isEqualTo(priya);
    }

    /** A lead the plan names who has no account is shown as such, and saving the other leads keeps the name. */
    @Test
    void aLeadNamedInThePlanWithoutAnAccountIsShownAndKept() throws Exception {
        Action first = fixtures.newAction("Named lead neighbour", "officer", null,
                TargetDate.day(LocalDate.of(2031, 2, 28)));
        Long reviewId = actions.get(first.getId()).getRecommendation().getReview().getId();
        Action named = actions.add(first.getRecommendation().getId(), new ActionDetails("Named lead only", null, null,
                null, TargetDate.day(LocalDate.of(2031, 3, 31)), null, null, ActionStatus.NOT_STARTED,
                "Hannah Quayle, Designated Nurse"), "Test");

        mvc.perform(get("/reviews/{id}/plan", reviewId).with(fixtures.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Hannah Quayle, Designated Nurse (named in the plan, no account)")));
        mvc.perform(post("/reviews/{id}/plan/leads", reviewId).with(fixtures.as("manager")).with(csrf())
                        .param("leads[" + named.getId() + "]", "")
                        .param("leads[" + first.getId() + "]", users.findByUsername("officer").orElseThrow().getId()
                                .toString()))
                .andExpect(status().isFound());
        assertThat(actions.get(named.getId()).getLeadName()).isEqualTo("Hannah Quayle, Designated Nurse");
        assertThat(actions.get(named.getId()).getLeadOfficer()).isNull();
    }

    @Test
    void aManagerMovesTargetDatesTogetherWithAReason() throws Exception {
        Action one = fixtures.newAction("Move one", null, null, TargetDate.day(LocalDate.of(2031, 1, 31)));
        Long reviewId = actions.get(one.getId()).getRecommendation().getReview().getId();

        mvc.perform(post("/reviews/{id}/plan/targets", reviewId).with(fixtures.as("manager")).with(csrf())
                        .param("newTarget", "Mar-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the actions whose target dates")))
                .andExpect(content().string(containsString("Give the reason for the new target date")));
        mvc.perform(post("/reviews/{id}/plan/targets", reviewId).with(fixtures.as("manager")).with(csrf())
                        .param("selected", one.getId().toString()).param("newTarget", "Mar-31")
                        .param("reason", "Ofsted visit moved the timetable"))
                .andExpect(status().isFound());

        Action moved = actions.get(one.getId());
        assertThat(moved.getTargetDate()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(moved.getOriginalTargetDate()).isEqualTo(LocalDate.of(2031, 1, 31));
        assertThat(actions.history(one.getId()).get(0).getTargetReason()).isEqualTo("Ofsted visit moved the timetable");
    }

    @Test
    void onlyManagersChangeThePlan() throws Exception {
        Action action = fixtures.newAction("Not yours", "officer", null, null);
        Long reviewId = actions.get(action.getId()).getRecommendation().getReview().getId();
        for (String user : new String[] {"officer", "scrutiny"}) {
            mvc.perform(get("/reviews/{id}/plan", reviewId).with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/reviews/{id}/plan/leads", reviewId).with(fixtures.as(user)).with(csrf())
                    .param("leads[" + action.getId() + "]", "")).andExpect(status().isForbidden());
            mvc.perform(post("/reviews/{id}/plan/targets", reviewId).with(fixtures.as(user)).with(csrf())
                    .param("selected", action.getId().toString()).param("newTarget", "Mar-31").param("reason", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(actions.get(action.getId()).getLeadOfficer()).isNotNull();
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/audit?type=REVIEW").with(fixtures.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Added review")));
        mvc.perform(get("/admin/audit").with(fixtures.as("manager"))).andExpect(status().isForbidden());
    }
}
