package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.UserService;

/** Signing in is hard to abuse, and every page carries the security headers. */
@IntegrationTest
class SignInSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    @Test
    void everyPageSendsTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("default-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "Lock Test", "the right password, long enough", Role.OFFICER, null);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(username).password("the right password, long enough"))
                .andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong"));
        }
        mvc.perform(formLogin().user(username).password("the right password, long enough"))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsAWrongPasswordNotAnError() throws Exception {
        mvc.perform(formLogin().user("officer").password("x".repeat(100))).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLockedPageSaysWhy() throws Exception {
        mvc.perform(get("/login").param("locked", "")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("too many times")));
    }

    @Test
    void onlyHealthIsOpenOnTheActuator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }
}
