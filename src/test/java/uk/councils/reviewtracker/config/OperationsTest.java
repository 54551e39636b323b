package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** What operations rely on: health with the database, metrics for administrators, one log line per request. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    User officer;
    User manager;
    User admin;

    @BeforeEach
    void people() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
        admin = data.user(Role.ADMIN);
    }

    @Test
    void healthIsOpenAndIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void prometheusMetricsOnTheMainPortAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(data.as(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("application=\"review-tracker\"")));
    }

    @Test
    void eachRequestIsLoggedWithItsUserAndWithoutItsQueryString(CapturedOutput output) throws Exception {
        mvc.perform(get("/my-actions").param("q", "Bloggs").with(data.as(officer)))
                .andExpect(status().isOk());

        assertThat(output).containsPattern("GET /my-actions 200 \\d+ ms " + officer.getUsername());
        assertThat(output).doesNotContain("Bloggs");
    }
}
