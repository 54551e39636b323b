package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

@IntegrationTest
class UserAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void anAdministratorAddsAnOfficerWithAGoodPassword() throws Exception {
        String username = "jo." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").with(fixtures.as("admin")).with(csrf()).param("username", username)
                        .param("displayName", "Jo Bloggs").param("role", "OFFICER").param("enabled", "true")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/admin/users").with(fixtures.as("admin")).with(csrf()).param("username", username)
                        .param("displayName", "Jo Bloggs").param("role", "OFFICER").param("enabled", "true")
                        .param("password", "correct horse battery staple"))
                .andExpect(status().isFound());

        User jo = users.findByUsername(username).orElseThrow();
        assertThat(jo.getRole()).isEqualTo(Role.OFFICER);
        assertThat(passwords.matches("correct horse battery staple", jo.getPasswordHash())).isTrue();
        assertThat(jo.getPasswordHash()).startsWith("$2");
    }

    @Test
    void weakAndOverlongPasswordsGetAMessageNotAnError() throws Exception {
        String username = "pat." + UUID.randomUUID().toString().substring(0, 6);
        String[][] refused = {
                {" ".repeat(12), "not counting spaces"},
                {"password1234", "one that many people use"},
                {"123456789012", "one that many people use"},
                {"a quiet river ".repeat(6), "at most 72 bytes"}};
        for (String[] password : refused) {
            mvc.perform(post("/admin/users").with(fixtures.as("admin")).with(csrf()).param("username", username)
                            .param("displayName", "Pat").param("role", "OFFICER").param("enabled", "true")
                            .param("password", password[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(password[1])));
        }
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void aNewUserStartsAsAnOfficerWhoCanSignIn() throws Exception {
        String form = mvc.perform(get("/admin/users/new").with(fixtures.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(form).containsPattern("<option value=\"OFFICER\" selected=\"selected\">")
                .doesNotContainPattern("<option value=\"ADMIN\" selected")
                .containsPattern("<input class=\"govuk-checkboxes__input\" type=\"checkbox\"[^>]*name=\"enabled\"[^>]*"
                        + "checked=\"checked\"");
    }

    @Test
    void theUsersPageSaysNeverForSomebodyWhoWasNeverSentAReminder() throws Exception {
        User newcomer = fixtures.newUser(Role.OFFICER);

        String page = mvc.perform(get("/admin/users").with(fixtures.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String row = page.substring(page.indexOf(newcomer.getUsername()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Never sent");
    }

    @Test
    void aTakenUsernameIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(fixtures.as("admin")).with(csrf()).param("username", "Officer")
                        .param("displayName", "Dup").param("role", "OFFICER").param("password", "long enough password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Somebody already has this username")));
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        for (String user : new String[] {"manager", "officer", "scrutiny"}) {
            mvc.perform(get("/admin/users").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users").with(fixtures.as(user)).with(csrf()).param("username", "x")
                    .param("displayName", "x").param("role", "ADMIN").param("password", "long enough password"))
                    .andExpect(status().isForbidden());
        }
        assertThat(users.findByUsername("x")).isEmpty();
    }
}
