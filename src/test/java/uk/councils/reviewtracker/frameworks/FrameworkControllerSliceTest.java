package uk.councils.reviewtracker.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;
import uk.councils.reviewtracker.users.Role;

/**
 * A web slice: the framework pages' controller, its form binding, validation and views, with the service mocked and
 * no database. Who may open which page is the integration tests' business ({@code AuthorisationMatrixTest}).
 */
@WebSlice(FrameworkController.class)
class FrameworkControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FrameworkService frameworks;

    @Test
    void anEmptyFormIsShownAgainWithAnErrorBesideEachFieldAndASummary() {
        MvcTestResult result = mvc.post().uri("/frameworks").with(SignedIn.as(Role.MANAGER)).with(csrf())
                .param("name", " ").param("description", "").param("themes", "").exchange();

        assertThat(result).hasStatusOk().hasViewName("frameworks/form");
        assertThat(result).bodyText().contains("govuk-error-summary")
                .contains("href=\"#name\"").contains("href=\"#themes\"")
                .contains("id=\"name-error\"").contains("id=\"themes-error\"");
        verify(frameworks, never()).create(anyString(), any(), any());
    }

    @Test
    void aFrameworkWithoutThemesIsRefusedAndItsNameKept() {
        MvcTestResult result = mvc.post().uri("/frameworks").with(SignedIn.as(Role.MANAGER)).with(csrf())
                .param("name", "Kept framework").param("description", "").param("themes", " ").exchange();

        assertThat(result).hasStatusOk().hasViewName("frameworks/form");
        assertThat(result).bodyText().contains("<a href=\"#themes\">").contains("value=\"Kept framework\"")
                .doesNotContain("id=\"name-error\"");
        verify(frameworks, never()).create(anyString(), any(), any());
    }

    @Test
    void aNameAlreadyTakenIsRefusedBesideTheName() {
        when(frameworks.nameTaken("Signposts")).thenReturn(true);

        MvcTestResult result = mvc.post().uri("/frameworks").with(SignedIn.as(Role.MANAGER)).with(csrf())
                .param("name", "Signposts").param("description", "").param("themes", "Leadership").exchange();

        assertThat(result).hasStatusOk().hasViewName("frameworks/form");
        assertThat(result).bodyText().contains("id=\"name-error\"").doesNotContain("id=\"themes-error\"");
        verify(frameworks, never()).create(anyString(), any(), any());
    }

    @Test
    void aValidFrameworkIsCreatedWithItsThemesOnePerLineAndShown() {
        Framework created = Mockito.mock(Framework.class);
        when(created.getId()).thenReturn(42L);
        when(frameworks.create(anyString(), any(), any())).thenReturn(created);

        MvcTestResult result = mvc.post().uri("/frameworks").with(SignedIn.as(Role.MANAGER)).with(csrf())
                .param("name", "Signposts").param("description", "LGA")
                .param("themes", "Leadership\r\n\r\n  Effective practice \nWorking together").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/frameworks/42");
        verify(frameworks).create("Signposts", "LGA", List.of("Leadership", "Effective practice", "Working together"));
    }
}
