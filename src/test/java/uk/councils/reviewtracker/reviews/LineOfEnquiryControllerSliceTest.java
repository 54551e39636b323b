package uk.councils.reviewtracker.reviews;

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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;
import uk.councils.reviewtracker.users.Role;

/** A web slice: a line of enquiry's edit form shows what is stored, and a refused one keeps what was typed. */
@WebSlice(LineOfEnquiryController.class)
class LineOfEnquiryControllerSliceTest {

    private static final long LINE = 7L;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReviewService reviews;

    @BeforeEach
    void aStoredLineOfEnquiry() {
        Review review = mock(Review.class);
        when(review.getId()).thenReturn(3L);
        when(review.getDisplayName()).thenReturn("Testshire County Council, 2026");
        LineOfEnquiry line = mock(LineOfEnquiry.class);
        when(line.getId()).thenReturn(LINE);
        when(line.getReview()).thenReturn(review);
        when(line.getQuestion()).thenReturn("How well are children heard?");
        when(line.getFindingSummary()).thenReturn("Mostly well");
        when(reviews.lineOfEnquiry(LINE)).thenReturn(line);
    }

    @Test
    void theEditFormShowsWhatIsStored() {
        MvcTestResult result = mvc.get().uri("/lines-of-enquiry/{id}/edit", LINE).with(SignedIn.as(Role.MANAGER))
                .exchange();

        assertThat(result).hasStatusOk().bodyText().contains(">How well are children heard?</textarea>")
                .contains(">Mostly well</textarea>");
    }

    @Test
    void aLineWithoutAQuestionIsRefusedBesideItAndKeepsItsSummary() {
        MvcTestResult result = mvc.post().uri("/lines-of-enquiry/{id}", LINE).with(SignedIn.as(Role.MANAGER))
                .with(csrf()).param("question", " ").param("findingSummary", "Kept summary").exchange();

        assertThat(result).hasStatusOk().hasViewName("reviews/line-of-enquiry-form");
        assertThat(result).bodyText().contains("<a href=\"#question\">").contains("id=\"question-error\"")
                .contains(">Kept summary</textarea>");
        verify(reviews, never()).rewordLineOfEnquiry(anyLong(), any(), any());
    }

    @Test
    void aRewordedLineIsSavedWithWhatWasTypedAndItsReviewShown() {
        MvcTestResult result = mvc.post().uri("/lines-of-enquiry/{id}", LINE).with(SignedIn.as(Role.MANAGER))
                .with(csrf()).param("question", " How well are children's voices heard? ")
                .param("findingSummary", "Well, in most teams").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/reviews/3#lines-of-enquiry");
        verify(reviews).rewordLineOfEnquiry(LINE, "How well are children's voices heard?", "Well, in most teams");
    }
}
