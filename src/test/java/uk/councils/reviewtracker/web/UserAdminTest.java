package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * Administrators add people end to end and alone manage them (the form's defaults and messages:
 * {@code UserAdminControllerSliceTest}).
 */
@IntegrationTest
class UserAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwords;

    User admin;

    @BeforeEach
    void administrator() {
        admin = data.user(Role.ADMIN);
    }

    @Test
    void anAdministratorAddsAnOfficerWithAGoodPassword() throws Exception {
        String username = "jo." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").with(data.as(admin)).with(csrf()).param("username", username)
                        .param("displayName", "Jo Bloggs").param("role", "OFFICER").param("enabled", "true")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/admin/users").with(data.as(admin)).with(csrf()).param("username", username)
                        .param("displayName", "Jo Bloggs").param("role", "OFFICER").param("enabled", "true")
                        .param("password", "correct horse battery staple"))
                .andExpect(status().isFound());

        User jo = users.findByUsername(username).orElseThrow();
        assertThat(jo.getRole()).isEqualTo(Role.OFFICER);
        assertThat(passwords.matches("correct horse battery staple", jo.getPasswordHash())).isTrue();
        assertThat(jo.getPasswordHash()).startsWith("$2");
    }

    @Test
    void theUsersPageSaysNeverForSomebodyWhoWasNeverSentAReminder() throws Exception {
        User newcomer = data.user(Role.OFFICER);

        String page = mvc.perform(get("/admin/users").with(data.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String row = page.substring(page.indexOf(newcomer.getUsername()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Never sent");
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        for (Role role : new Role[] {Role.MANAGER, Role.OFFICER, Role.SCRUTINY}) {
            User user = data.user(role);
            mvc.perform(get("/admin/users").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users").with(data.as(user)).with(csrf()).param("username", "x")
                    .param("displayName", "x").param("role", "ADMIN").param("password", "long enough password"))
                    .andExpect(status().isForbidden());
        }
        assertThat(users.findByUsername("x")).isEmpty();
    }
}
