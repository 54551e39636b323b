package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** A manager approves or declines officers' requested target dates from the plan, one or several at once. */
@IntegrationTest
class TargetRequestsOnThePlanTest {

    private static final TargetDate AUGUST = TargetDate.day(LocalDate.of(2031, 8, 31));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;

    User officer;
    User manager;
    User scrutiny;

    @BeforeEach
    void people() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
        scrutiny = data.user(Role.SCRUTINY);
    }

    @Test
    void aManagerApprovesSeveralRequestsAtOnceAndDeclinesAnotherFromThePlan() throws Exception {
        Action first = data.action("First asks").ledBy(officer).due(AUGUST).create();
        Long reviewId = first.getRecommendation().getReview().getId();
        Action second = sibling(first, "Second asks");
        Action third = sibling(first, "Third asks");
        for (Action action : new Action[] {first, second, third}) {
            ask(action, "30/11/2031");
        }

        mvc.perform(get("/reviews/{id}/plan", reviewId).with(data.as(manager)))
                .andExpect(content().string(allOf(containsString("New target dates to approve (3)"),
                        containsString("name=\"versions[" + second.getId() + "]\""),
                        containsString("Approve selected"))));

        mvc.perform(decide(reviewId, manager).param("approve", "selected")
                        .param("selected", first.getId().toString(), second.getId().toString())
                        .param("versions[" + first.getId() + "]", version(first))
                        .param("versions[" + second.getId() + "]", version(second))
                        .param("versions[" + third.getId() + "]", version(third)))
                .andExpect(redirectedUrl("/reviews/" + reviewId + "/plan"))
                .andExpect(flash().attribute("approved", 2));
        mvc.perform(decide(reviewId, manager).param("decline", third.getId().toString())
                        .param("versions[" + third.getId() + "]", version(third)))
                .andExpect(flash().attribute("declined", 1));

        assertThat(actions.get(first.getId()).getTargetDate()).isEqualTo(LocalDate.of(2031, 11, 30));
        assertThat(actions.get(second.getId()).getStatus()).isEqualTo(ActionStatus.RESCHEDULED);
        assertThat(actions.get(third.getId()).getTargetDate()).isEqualTo(AUGUST.date());
        assertThat(actions.get(third.getId()).getRequestedTarget()).isNull();
    }

    @Test
    void aRequestChangedSinceThePlanWasOpenedIsNotDecidedAndTheManagerIsTold() throws Exception {
        Action action = data.action("Asks twice").ledBy(officer).due(AUGUST).create();
        Long reviewId = action.getRecommendation().getReview().getId();
        ask(action, "30/11/2031");
        String seen = version(action);
        ask(action, "31/12/2031");

        // The redirect is followed with the session cookie: flash attributes live in the session, in the database.
        jakarta.servlet.http.Cookie session = mvc.perform(decide(reviewId, manager)
                        .param("approve", action.getId().toString()).param("versions[" + action.getId() + "]", seen))
                .andExpect(flash().attribute("approved", 0))
                .andExpect(flash().attribute("requestConflicts", java.util.List.of("Asks twice")))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(actions.get(action.getId()).getTargetDate()).isEqualTo(AUGUST.date());
        mvc.perform(get("/reviews/{id}/plan", reviewId).with(data.as(manager)).cookie(session))
                .andExpect(content().string(allOf(containsString("changed since you opened this page"),
                        containsString("Asks twice"))));
    }

    @Test
    void nothingSelectedIsExplainedNextToTheList() throws Exception {
        Action action = data.action("Nothing chosen").ledBy(officer).due(AUGUST).create();
        Long reviewId = action.getRecommendation().getReview().getId();
        ask(action, "30/11/2031");
        mvc.perform(decide(reviewId, manager).param("approve", "selected")
                        .param("versions[" + action.getId() + "]", version(action)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Error: Action plan"),
                        containsString("<a href=\"#requests\">Select the requests to approve or decline</a>"))));
        assertThat(actions.get(action.getId()).getRequestedTarget()).isNotNull();
    }

    @Test
    void onlyAManagerDecidesAndOnlyForActionsOfThatReview() throws Exception {
        Action action = data.action("Guarded").ledBy(officer).due(AUGUST).create();
        Long reviewId = action.getRecommendation().getReview().getId();
        ask(action, "30/11/2031");
        for (User user : new User[] {officer, scrutiny}) {
            mvc.perform(decide(reviewId, user).param("approve", action.getId().toString())
                            .param("versions[" + action.getId() + "]", version(action)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/reviews/{id}/plan/requests", reviewId).with(data.as(manager))
                        .param("approve", action.getId().toString())
                        .param("versions[" + action.getId() + "]", version(action)))
                .andExpect(status().isForbidden());
        Long otherReview = data.review().create().getId();
        mvc.perform(decide(otherReview, manager).param("approve", action.getId().toString())
                        .param("versions[" + action.getId() + "]", version(action)))
                .andExpect(flash().attribute("approved", 0));
        assertThat(actions.get(action.getId()).getRequestedTarget()).isNotNull();
    }

    private Action sibling(Action action, String text) {
        return data.action(text).on(action.getRecommendation()).ledBy(officer).due(AUGUST).create();
    }

    private void ask(Action action, String target) throws Exception {
        mvc.perform(post("/actions/{id}/progress", action.getId()).with(data.as(officer)).with(csrf())
                        .param("version", version(action)).param("status", "IN_PROGRESS")
                        .param("revisedTarget", target).param("targetReason", "Partner restructure"))
                .andExpect(status().isFound());
    }

    private String version(Action action) {
        return String.valueOf(actions.get(action.getId()).getVersion());
    }

    private MockHttpServletRequestBuilder decide(Long reviewId, User user) {
        return post("/reviews/{id}/plan/requests", reviewId).with(data.as(user)).with(csrf());
    }
}
