package uk.councils.reviewtracker.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;
import uk.councils.reviewtracker.users.Role;

/** A web slice: a finding's edit form shows what is stored, and a refused one keeps what was typed. */
@WebSlice(FindingController.class)
@Import(EnumOptions.class)
class FindingControllerSliceTest {

    private static final long FINDING = 9L;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FindingService findings;
    @MockitoBean
    ReviewService reviews;
    @MockitoBean
    FrameworkService frameworks;

    @BeforeEach
    void aStoredFinding() {
        Review review = mock(Review.class);
        when(review.getId()).thenReturn(3L);
        when(review.getDisplayName()).thenReturn("Testshire County Council, 2026");
        when(reviews.get(3L)).thenReturn(review);
        Finding finding = mock(Finding.class);
        when(finding.getId()).thenReturn(FINDING);
        when(finding.getReview()).thenReturn(review);
        when(finding.getKind()).thenReturn(FindingKind.AREA_FOR_CONSIDERATION);
        when(finding.getDetail()).thenReturn(FindingDetail.DETAILED);
        when(finding.getHeading()).thenReturn("Early help");
        when(finding.getText()).thenReturn("Thresholds are not understood");
        when(findings.get(FINDING)).thenReturn(finding);
    }

    @Test
    void theEditFormShowsWhatIsStored() {
        MvcTestResult result = mvc.get().uri("/findings/{id}/edit", FINDING).with(SignedIn.as(Role.MANAGER))
                .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("value=\"Early help\"")
                .contains(">Thresholds are not understood</textarea>");
    }

    @Test
    void aFindingWithoutTextIsRefusedBesideItAndKeepsItsHeading() {
        MvcTestResult result = mvc.post().uri("/findings/{id}", FINDING).with(SignedIn.as(Role.MANAGER)).with(csrf())
                .param("kind", "STRENGTH").param("detail", "DETAILED").param("heading", "Kept heading")
                .param("text", "").exchange();

        assertThat(result).hasStatusOk().hasViewName("findings/form");
        assertThat(result).bodyText().contains("<a href=\"#text\">").contains("id=\"text-error\"")
                .contains("value=\"Kept heading\"");
        verify(findings, never()).update(anyLong(), any());
    }

    @Test
    void anEditedFindingIsSavedTidiedAndItsReviewShown() {
        MvcTestResult result = mvc.post().uri("/findings/{id}", FINDING).with(SignedIn.as(Role.MANAGER)).with(csrf())
                .param("kind", "STRENGTH").param("detail", "SUMMARY").param("heading", " ")
                .param("text", " Strong partnership working ").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/reviews/3#themes");
        verify(findings).update(FINDING, new FindingDetails(null, FindingKind.STRENGTH, FindingDetail.SUMMARY, null,
                "Strong partnership working"));
    }
}
