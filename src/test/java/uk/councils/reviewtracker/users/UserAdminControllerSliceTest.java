package uk.councils.reviewtracker.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;

/**
 * A web slice: the administrator's person form, its defaults, the password policy's and a taken username's
 * messages, with the services mocked and no database. A person added end to end who then has a BCrypt hash, and who
 * may manage people: {@code UserAdminTest}.
 */
@WebSlice(UserAdminController.class)
@Import(EnumOptions.class)
class UserAdminControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    UserService users;
    @MockitoBean
    DigestHistory digests;

    @Test
    void aNewUserStartsAsAnOfficerWhoCanSignIn() {
        MvcTestResult result = mvc.get().uri("/admin/users/new").with(SignedIn.as(Role.ADMIN)).exchange();

        assertThat(result).hasStatusOk().bodyText()
                .containsPattern("<option value=\"OFFICER\" selected=\"selected\">")
                .doesNotContainPattern("<option value=\"ADMIN\" selected")
                .containsPattern("<input class=\"govuk-checkboxes__input\" type=\"checkbox\"[^>]*name=\"enabled\"[^>]*"
                        + "checked=\"checked\"");
    }

    @Test
    void weakAndOverlongPasswordsGetAMessageBesideThePasswordAndTheFormIsKept() {
        String[][] refused = {
                {"short", "at least 12 characters"},
                {" ".repeat(12), "not counting spaces"},
                {"password1234", "one that many people use"},
                {"123456789012", "one that many people use"},
                {"pat.bloggs-and-more", "must not contain the username"},
                {"a quiet river ".repeat(6), "at most 72 bytes"}};
        for (String[] password : refused) {
            MvcTestResult result = newPerson("pat.bloggs", password[0]).exchange();

            assertThat(result).as(password[0]).hasStatusOk().hasViewName("admin/user-form");
            assertThat(result).as(password[0]).bodyText().contains(password[1]).contains("id=\"password-error\"")
                    .contains("<a href=\"#password\">").contains("value=\"pat.bloggs\"").contains("value=\"Pat\"");
        }
        verify(users, never()).create(any(PersonDetails.class));
    }

    @Test
    void aTakenUsernameIsRefusedBesideTheUsername() {
        when(users.usernameTaken(anyString(), isNull())).thenReturn(false);
        when(users.usernameTaken("Officer", null)).thenReturn(true);

        MvcTestResult result = newPerson("Officer", "long enough password").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Somebody already has this username")
                .contains("id=\"username-error\"").doesNotContain("id=\"password-error\"");
        verify(users, never()).create(any(PersonDetails.class));
    }

    @Test
    void aValidPersonIsCreatedWithWhatWasTypedAndTheListShown() {
        MvcTestResult result = newPerson("jo.bloggs", "correct horse battery staple")
                .param("email", "jo@example.test").param("agencyId", "7").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users");
        verify(users).create(new PersonDetails("jo.bloggs", "Pat", "jo@example.test", Role.OFFICER, 7L, true,
                "correct horse battery staple"));
    }

    private MockMvcRequestBuilder newPerson(String username, String password) {
        return mvc.post().uri("/admin/users").with(SignedIn.as(Role.ADMIN)).with(csrf()).param("username", username)
                .param("displayName", "Pat").param("role", "OFFICER").param("enabled", "true")
                .param("password", password);
    }
}
