package uk.councils.reviewtracker.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.support.WebSlice;
import uk.councils.reviewtracker.support.WebSlice.SignedIn;
import uk.councils.reviewtracker.users.Role;

/**
 * A web slice: the review form's binding, validation and error messages, with the services mocked and no database.
 * A review created end to end and shown: {@code ManagerPlanFormsTest}.
 */
@WebSlice(ReviewController.class)
@Import(EnumOptions.class)
class ReviewControllerSliceTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReviewService reviews;
    @MockitoBean
    FrameworkService frameworks;

    @Test
    void missingFieldsAreExplainedNextToTheFieldAndInTheSummaryAndWhatWasTypedIsKept() {
        MvcTestResult result = newReview().param("organisationName", "Testshire").param("title", " ")
                .param("status", "DRAFT").param("reportingIntervalWeeks", "0").param("reviewType", "PEER_REVIEW")
                .param("version", "0").param("fieldworkStart", "2026-05-18").param("fieldworkEnd", "2026-05-14")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("reviews/form");
        assertThat(result).bodyText().contains("govuk-error-summary")
                .contains("<a href=\"#title\">Enter a title</a>").contains("id=\"title-error\"")
                .contains("between 1 and 52 weeks").contains("same as or after the start date")
                .contains("value=\"Testshire\"").contains("<title>Error: ");
        verify(reviews, never()).create(any());
    }

    @Test
    void everyFieldOfTheReviewFormAppearsOnceWithItsLabel() throws Exception {
        MvcTestResult result = mvc.get().uri("/reviews/new").with(SignedIn.as(Role.MANAGER)).exchange();

        assertThat(result).hasStatusOk();
        String page = result.getResponse().getContentAsString();
        for (String field : new String[] {"organisationName", "reviewType", "title", "frameworkId", "fieldworkDates",
                "fieldworkStart", "fieldworkEnd", "letterDate", "reviewLead", "reviewLeadRole", "reviewTeam", "status",
                "reportingIntervalWeeks"}) {
            assertThat(page.split("name=\"" + field + "\"", -1)).as(field).hasSize(2);
            assertThat(page).as(field).contains("for=\"" + field + "\"");
        }
    }

    @Test
    void aValueTheServerCannotReadIsExplainedAndTheRestOfTheFormKept() {
        MvcTestResult result = newReview().param("organisationName", "Kept Council").param("title", "Kept title")
                .param("status", "DRAFT").param("reportingIntervalWeeks", "six").param("reviewType", "PEER_REVIEW")
                .param("letterDate", "not-a-date").param("version", "0").exchange();

        assertThat(result).hasStatusOk().bodyText()
                .contains("<a href=\"#reportingIntervalWeeks\">Enter a whole number</a>")
                .contains("Enter a real date").contains("value=\"Kept title\"").contains("value=\"six\"");
        verify(reviews, never()).create(any());
    }

    @Test
    void theErrorSummaryListsErrorsInTheOrderOfTheFields() throws Exception {
        MvcTestResult result = newReview().param("organisationName", "").param("title", "").param("status", "DRAFT")
                .param("reportingIntervalWeeks", "six").param("reviewType", "PEER_REVIEW").param("version", "0")
                .exchange();

        String page = result.getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("govuk-error-summary__list"), page.indexOf("</ul>",
                page.indexOf("govuk-error-summary__list")));
        assertThat(summary.indexOf("#organisationName")).isLessThan(summary.indexOf("#title"));
        assertThat(summary.indexOf("#title")).isLessThan(summary.indexOf("#reportingIntervalWeeks"));
    }

    @Test
    void aValidReviewIsCreatedWithWhatWasTypedAndShown() {
        Review created = Mockito.mock(Review.class);
        when(created.getId()).thenReturn(42L);
        when(reviews.create(any())).thenReturn(created);

        MvcTestResult result = newReview().param("organisationName", "Testshire County Council")
                .param("reviewType", "PEER_REVIEW").param("title", "Safeguarding peer challenge 2026")
                .param("fieldworkDates", "18 to 21 May 2026").param("fieldworkStart", "2026-05-18")
                .param("fieldworkEnd", "2026-05-21").param("letterDate", "2026-06-25").param("reviewLead", "Jo Lead")
                .param("status", "DRAFT").param("reportingIntervalWeeks", "6").param("version", "0").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/reviews/42");
        verify(reviews).create(new ReviewDetails("Testshire County Council", ReviewType.PEER_REVIEW,
                "Safeguarding peer challenge 2026", "18 to 21 May 2026", LocalDate.of(2026, 5, 18),
                LocalDate.of(2026, 5, 21), LocalDate.of(2026, 6, 25), "Jo Lead", null, null, null,
                ReviewStatus.DRAFT, 6));
    }

    private MockMvcRequestBuilder newReview() {
        return mvc.post().uri("/reviews").with(SignedIn.as(Role.MANAGER)).with(csrf());
    }
}
