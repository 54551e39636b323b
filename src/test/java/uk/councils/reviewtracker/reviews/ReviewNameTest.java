package uk.councils.reviewtracker.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Two councils' reviews can share a title: a review is always named with its council and year. */
class ReviewNameTest {

    private static final String TITLE = "Children's Services Safeguarding Peer Review";

    @Test
    void aReviewIsNamedWithItsCouncilAndTheYearOfItsLetter() {
        Review review = review("Not stated", null, LocalDate.of(2012, 3, 25));

        assertThat(review.getYear()).isEqualTo(2012);
        assertThat(review.getCouncilAndYear()).isEqualTo("Walsall Metropolitan Borough Council, 2012");
        assertThat(review.getDisplayName())
                .isEqualTo("Walsall Metropolitan Borough Council, 2012: Children's Services Safeguarding Peer Review");
    }

    @Test
    void theFieldworkYearComesBeforeTheLetterYear() {
        assertThat(review(null, LocalDate.of(2011, 12, 5), LocalDate.of(2012, 1, 20)).getYear()).isEqualTo(2011);
    }

    @Test
    void withoutDatesTheYearIsReadFromTheFieldworkAsWritten() {
        assertThat(review("14-18th May 2012", null, null).getYear()).isEqualTo(2012);
    }

    @Test
    void aReviewWithNoYearIsNamedWithItsCouncilAlone() {
        Review review = review("Not stated", null, null);

        assertThat(review.getYear()).isNull();
        assertThat(review.getDisplayName()).isEqualTo("Walsall Metropolitan Borough Council: " + TITLE);
    }

    private static Review review(String fieldworkDates, LocalDate fieldworkStart, LocalDate letterDate) {
        Organisation walsall = new Organisation("Walsall Metropolitan Borough Council");
        Review review = new Review(walsall, ReviewType.PEER_REVIEW, TITLE);
        review.describe(new ReviewDetails(walsall.getName(), ReviewType.PEER_REVIEW, TITLE, fieldworkDates,
                fieldworkStart, null, letterDate, null, null, null, null, ReviewStatus.PUBLISHED,
                Review.DEFAULT_REPORTING_INTERVAL_WEEKS), walsall, null);
        return review;
    }
}
