package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.UserService;

/** Signing in is hard to abuse, and every page carries the security headers. */
@IntegrationTest
class SignInSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetEarlierFailures() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

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
    void wrongPasswordsFromOneAddressMakeItWaitButDoNotLockTheOwnerOutElsewhere() throws Exception {
        String username = "slow." + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "Throttle Test", "the right password, long enough", Role.OFFICER, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "wrong", "10.9.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(username, "the right password, long enough", "10.9.0.1"))
                .andExpect(redirectedUrl("/login?wait"));
        mvc.perform(signIn(username, "the right password, long enough", "10.9.0.2")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aMadeUpAccountIsAnsweredExactlyLikeARealOne() throws Exception {
        String real = "real." + UUID.randomUUID().toString().substring(0, 8);
        users.create(real, "Real Person", "the right password, long enough", Role.OFFICER, null);
        String madeUp = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        List<String> realAnswers = new ArrayList<>();
        List<String> madeUpAnswers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            realAnswers.add(mvc.perform(signIn(real, "wrong", "10.9.1.1")).andReturn().getResponse()
                    .getRedirectedUrl());
            madeUpAnswers.add(mvc.perform(signIn(madeUp, "wrong", "10.9.1.2")).andReturn().getResponse()
                    .getRedirectedUrl());
        }
        assertThat(madeUpAnswers).isEqualTo(realAnswers).contains("/login?wait");
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsAWrongPasswordNotAnError() throws Exception {
        mvc.perform(formLogin().user(data.user(Role.OFFICER).getUsername()).password("x".repeat(100)))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theWaitPageSaysWhy() throws Exception {
        mvc.perform(get("/login").param("wait", "")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("too many failed attempts")));
    }

    @Test
    void onlyHealthIsOpenOnTheActuator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }
}
