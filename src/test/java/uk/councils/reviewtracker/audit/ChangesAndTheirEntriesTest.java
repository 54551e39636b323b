package uk.councils.reviewtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewEvent.ReviewEdited;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * The features publish their changes as events and the audit trail writes each entry in the change's transaction:
 * a change is saved with its entry or not at all.
 */
@IntegrationTest
class ChangesAndTheirEntriesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSavedChangeHasItsEntry() {
        Review review = fixtures.newReview();

        assertThat(audit.about("Review", review.getId())).singleElement().satisfies(entry -> {
            assertThat(entry.getDescription())
                    .isEqualTo("Added review \"" + review.getTitle() + "\" of Testshire County Council");
            assertThat(entry.getCreatedBy()).isEqualTo("system");
        });
    }

    @Test
    void aChangeRolledBackTakesItsEntryWithIt() {
        AtomicReference<Long> reviewId = new AtomicReference<>();

        transaction().executeWithoutResult(status -> {
            reviewId.set(fixtures.newReview().getId());
            assertThat(audit.about("Review", reviewId.get())).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(reviewsWithId(reviewId.get())).isZero();
        assertThat(audit.about("Review", reviewId.get())).isEmpty();
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsNotSaved() {
        AtomicReference<Long> reviewId = new AtomicReference<>();

        assertThatThrownBy(() -> transaction().executeWithoutResult(status -> {
            reviewId.set(fixtures.newReview().getId());
            publisher.publishEvent(new ReviewEdited(reviewId.get(), null));
        })).isInstanceOf(NullPointerException.class);

        assertThat(reviewsWithId(reviewId.get())).isZero();
        assertThat(audit.about("Review", reviewId.get())).isEmpty();
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefusedNotLeftUnrecorded() {
        Long reviewId = fixtures.newReview().getId();

        assertThatThrownBy(() -> publisher.publishEvent(new ReviewEdited(reviewId, "Edited review \"x\"")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(audit.about("Review", reviewId)).hasSize(1);
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(transactionManager);
    }

    private int reviewsWithId(Long id) {
        return jdbc.queryForObject("select count(*) from review where id = ?", Integer.class, id);
    }
}
