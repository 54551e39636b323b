package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * An officer who types for longer than the session lasts loses nothing: the form they sent comes back after they
 * sign in again, filled in as they left it, and is saved only when they press save again (their old CSRF token
 * died with the session, so the request itself is never replayed).
 */
@IntegrationTest
class SignedOutWhileTypingTest {

    private static final TargetDate AUGUST = TargetDate.day(LocalDate.of(2031, 8, 31));
    private static final String NOTE = "Forty minutes of careful notes from the partnership board";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcClient jdbc;

    User officer;
    User manager;

    @BeforeEach
    void forgetEarlierFailures() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
    }

    @Test
    void anOfficerSignedOutWhileTypingSignsInAgainAndFindsTheirNoteToSave() throws Exception {
        Action action = data.action("Long note").ledBy(officer).due(AUGUST).create();
        long version = actions.get(action.getId()).getVersion();
        Conversation session = new Conversation();

        session.perform(post("/actions/{id}/progress", action.getId()).with(session)
                        .param("_csrf", "token-of-the-expired-session").param("version", String.valueOf(version))
                        .param("status", "BEHIND_SCHEDULE").param("note", NOTE))
                .andExpect(redirectedUrl("/login?expired"));
        session.perform(get("/login").param("expired", "").with(session))
                .andExpect(content().string(containsString("You were signed out")));

        session.perform(post("/login").with(session).with(csrf()).param("username", officer.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/actions/" + action.getId() + "/progress"));
        assertThat(actions.history(action.getId())).hasSize(1);

        session.perform(get("/actions/{id}/progress", action.getId()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("check what you typed and save it again")))
                .andExpect(content().string(containsString(NOTE)))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"BEHIND_SCHEDULE\"[^>]*checked=\"checked\".*")));
        session.perform(get("/actions/{id}/progress", action.getId()).with(session))
                .andExpect(content().string(not(containsString(NOTE))));

        session.perform(post("/actions/{id}/progress", action.getId()).with(session).with(csrf())
                        .param("version", String.valueOf(version)).param("status", "BEHIND_SCHEDULE")
                        .param("note", NOTE))
                .andExpect(redirectedUrl("/actions/" + action.getId()));
        assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.BEHIND_SCHEDULE);
    }

    @Test
    void aSignedInOfficerWhosePageHadExpiredGetsTheFormBackFilledIn() throws Exception {
        Action action = data.action("Stale page").ledBy(officer).due(AUGUST).create();
        Conversation session = new Conversation();

        session.perform(post("/actions/{id}/progress", action.getId()).with(session).with(data.as(officer))
                        .with(csrf().useInvalidToken()).param("status", "IN_PROGRESS").param("note", NOTE)
                        .param("version", "0"))
                .andExpect(redirectedUrl("/actions/" + action.getId() + "/progress"));
        session.perform(get("/actions/{id}/progress", action.getId()).with(session).with(data.as(officer)))
                .andExpect(content().string(containsString(NOTE)));
        assertThat(actions.history(action.getId())).hasSize(1);
    }

    @Test
    void aManagersActionFormIsKeptAcrossSignInToo() throws Exception {
        Action action = data.action("Manager's edit").ledBy(officer).due(AUGUST).create();
        Conversation session = new Conversation();

        session.perform(post("/actions/{id}", action.getId()).with(session).param("_csrf", "expired")
                        .param("text", "A much better worded action").param("status", "IN_PROGRESS")
                        .param("target", "31/08/2031").param("version", "0"))
                .andExpect(redirectedUrl("/login?expired"));
        session.perform(post("/login").with(session).with(csrf()).param("username", manager.getUsername())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/actions/" + action.getId() + "/edit"));
        session.perform(get("/actions/{id}/edit", action.getId()).with(session))
                .andExpect(content().string(containsString("A much better worded action")));
        assertThat(actions.get(action.getId()).getText()).isEqualTo("Manager's edit");
    }

    @Test
    void signedInPagesCarryTheTimeoutWarningWhoseStaySignedInKeepsTheSession() throws Exception {
        mvc.perform(get("/my-actions").with(data.as(officer)))
                .andExpect(content().string(allOf(containsString("data-timeout-seconds=\"1800\""),
                        containsString("data-keep-alive-url=\"/session/keep-alive\""),
                        containsString("src=\"/js/timeout.mjs\""), containsString("Stay signed in"))));
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("session-timeout"))));
        mvc.perform(get("/session/keep-alive").with(data.as(officer))).andExpect(status().isNoContent());
        mvc.perform(get("/session/keep-alive").header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isFound());
    }

    @Test
    void aFormTheTrackerDoesNotKeepIsStillRefusedWithoutItsToken() throws Exception {
        mvc.perform(post("/reviews").with(data.as(manager)).with(csrf().useInvalidToken())
                        .param("title", "x"))
                .andExpect(status().isForbidden());
    }

    /** One browser: sessions live in the database (Spring Session), so the SESSION cookie goes with each request. */
    private final class Conversation implements RequestPostProcessor {

        private Cookie cookie;

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            ResultActions result = mvc.perform(request);
            Cookie given = result.andReturn().getResponse().getCookie("SESSION");
            if (given != null) {
                cookie = given;
            }
            return result;
        }

        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        }
    }
}
