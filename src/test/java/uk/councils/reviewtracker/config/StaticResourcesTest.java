package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** The stylesheets, scripts, fonts and images pages ask for are served, and pages link GOV.UK Frontend by version. */
@IntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ResourceUrlProvider resourceUrls;

    User scrutiny;

    @BeforeEach
    void people() {
        scrutiny = data.user(Role.SCRUTINY);
    }

    @Test
    void theFilesPagesAskForAreServedWithoutSigningIn() throws Exception {
        for (String path : new String[] {"/css/app.css", "/js/app.mjs",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
                "/assets/images/favicon.ico"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void pagesLinkTheStylesheetOfTheGovukFrontendVersionInUse() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString(
                "href=\"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css\"")));
        mvc.perform(get("/reviews").with(data.as(scrutiny))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/css/app.css\"")))
                .andExpect(content().string(containsString("href=\"/reviews/")));
    }

    @Test
    void anAddressThatIsNeitherAPageNorAFileIsNotFound() throws Exception {
        mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page").with(data.as(scrutiny))).andExpect(status().isNotFound());
    }

    /** Every link a page builds is checked against the static mappings: a catch-all one made each a file lookup. */
    @Test
    void linksToPagesAreNotLookedUpAsStaticFiles() {
        assertThat(resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/webjars/**", "/assets/**",
                "/favicon.ico", "/icons/**");
        assertThat(resourceUrls.getForLookupPath("/reviews/1")).isNull();
    }
}
