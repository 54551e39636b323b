package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** Requests an attacker or a broken client sends get ordinary answers, not error pages. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;

    User officer;
    User manager;

    @BeforeEach
    void people() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
    }

    @Test
    void controlCharactersInTypedTextAreDroppedNotAnError() throws Exception {
        Action action = data.action("Typed with a NUL byte").ledBy(officer)
                .due(TargetDate.day(LocalDate.of(2031, 8, 31))).create();
        mvc.perform(post("/actions/{id}/progress", action.getId()).with(data.as(officer)).with(csrf())
                        .param("version", String.valueOf(actions.get(action.getId()).getVersion()))
                        .param("status", "IN_PROGRESS").param("note", "Met the\u0000 school\u001b leads\tagain"))
                .andExpect(status().isFound());
        assertThat(actions.history(action.getId()).get(0).getNote()).isEqualTo("Met the school leads\tagain");
    }

    @Test
    void apiAnswersAreLoggedAndCarryTheSecurityHeaders(CapturedOutput output) throws Exception {
        mvc.perform(multipart("/api/letters/extract").with(httpBasic(manager.getUsername(), TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        assertThat(output.getOut()).contains("POST /api/letters/extract 400");
    }

    @Test
    void aTamperedCsrfTokenIsRefusedWithA403() throws Exception {
        for (String token : new String[] {"!!!not base64!!!", "AAAA", "", "%%%", "a".repeat(500)}) {
            mvc.perform(post("/reviews/import-letter").with(data.as(manager)).param("_csrf", token))
                    .andExpect(status().isForbidden());
        }
    }
}
