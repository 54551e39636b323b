package uk.councils.reviewtracker.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * Every status the application can answer is a page in the layout: its language, a title saying what went wrong,
 * the GOV.UK header, and never the exception's own words. MockMvc does not forward to the error page, so each
 * status is rendered as the server's error dispatch asks for it; RealServerHostileRequestsTest follows real ones.
 */
@IntegrationTest
class ErrorPagesTest {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Sorry, the tracker could not understand that request",
            403, "You do not have permission to do this",
            404, "Page not found",
            405, "Sorry, that cannot be done from this address",
            409, "This can no longer be changed",
            413, "The file or form you sent is too large",
            415, "Sorry, the tracker cannot read what was sent",
            500, "Sorry, there is a problem with the service",
            503, "Sorry, the service is unavailable");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    User officer;
    User manager;

    @BeforeEach
    void people() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
    }

    @Test
    void everyStatusTheAppAnswersIsAStyledPageInTheLayout() throws Exception {
        for (Map.Entry<Integer, String> each : TITLES.entrySet()) {
            mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(data.as(officer))
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, each.getKey())
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/actions/abc")
                            .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                    new IllegalStateException("select * from secret_table")))
                    .andExpect(status().is(each.getKey()))
                    .andExpect(content().string(allOf(containsString("<html lang=\"en-GB\""),
                            containsString("<title>" + each.getValue() + " - Safeguarding review tracker</title>"),
                            containsString("<header class=\"govuk-header"), containsString("<h1 class=\"govuk-heading-l\">"),
                            not(containsString("Whitelabel")), not(containsString("secret_table")),
                            not(containsString("IllegalStateException")))));
        }
    }

    @Test
    void aStatusWithNoPageOfItsOwnGetsTheGeneralPageForItsKind() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 418))
                .andExpect(status().is(418))
                .andExpect(content().string(containsString("<title>Sorry, the tracker could not do that")));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 502))
                .andExpect(status().is(502))
                .andExpect(content().string(containsString("<title>Sorry, there is a problem with the service")));
    }

    @Test
    void theOutagePageOffersNoLinkThatNeedsTheDatabase() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503))
                .andExpect(content().string(allOf(containsString("go back in your browser"),
                        not(containsString("Go to the list of reviews")))));
    }

    @Test
    void anAddressThatIsNotANumberIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get("/actions/abc").with(data.as(officer))).andExpect(status().isBadRequest());
        mvc.perform(get("/actions/1/requested-target/approve").with(data.as(manager)))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void editingAnIssuedBriefingIsAConflict() throws Exception {
        Long reviewId = data.review().create().getId();
        String location = mvc.perform(post("/reviews/{id}/briefings", reviewId).with(data.as(manager))
                        .with(csrf()).param("template", "PROGRESS_UPDATE").param("meetingName", "Panel")
                        .param("meetingDate", "2026-12-10").param("author", "Morgan Manager"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/briefings/{id}/issue", id).with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/briefings/{id}/edit", id).with(data.as(manager))).andExpect(status().isConflict());
    }
}
