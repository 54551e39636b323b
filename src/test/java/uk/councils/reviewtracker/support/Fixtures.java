package uk.councils.reviewtracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.UUID;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewDetails;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.reviews.ReviewType;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/** Finds the demo records tests work on, and signs requests in as a demo user. */
@Component
public class Fixtures {

    public static final String WALSALL = "Walsall Metropolitan Borough Council";

    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final ActionService actions;
    private final UserService users;
    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;

    Fixtures(ReviewService reviews, RecommendationService recommendations, ActionService actions, UserService users,
             UserDetailsService accounts, PlatformTransactionManager transactionManager) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.actions = actions;
        this.users = users;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A new person of that role with an email address (username@example.test); the password is "demo". */
    public User newUser(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return transaction.execute(status -> {
            User user = users.create(username, "Test " + username, "demo", role, null);
            user.setEmail(username + "@example.test");
            return user;
        });
    }

    public Long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** A new review of its own, so a test that changes things never disturbs another test. */
    public Review newReview() {
        return reviews.create(new ReviewDetails("Testshire County Council", ReviewType.PEER_REVIEW,
                "Test review " + UUID.randomUUID(), null, null, null, null, null, null, null, null,
                ReviewStatus.PUBLISHED, Review.DEFAULT_REPORTING_INTERVAL_WEEKS));
    }

    public Long newRecommendation(Long reviewId) {
        return recommendations.add(reviewId, new RecommendationDetails("1", "Test recommendation", null, null,
                List.of(), null)).getId();
    }

    /** A new action on a new review, led by that demo user (or nobody) for that agency (or none). */
    public Action newAction(String text, String leadUsername, String agencyName, TargetDate target) {
        Long recommendationId = newRecommendation(newReview().getId());
        Long leadId = leadUsername == null ? null : users.findByUsername(leadUsername).orElseThrow().getId();
        Long agencyId = agencyName == null ? null : users.agencyNamed(agencyName).getId();
        return actions.add(recommendationId, new ActionDetails(text, null, null, null, target, leadId, agencyId,
                ActionStatus.IN_PROGRESS), "Test");
    }

    public Review review(String organisation) {
        return reviews.all().stream()
                .filter(review -> review.getOrganisation().getName().equals(organisation))
                .filter(review -> review.getCreatedBy().equals("system"))
                .findFirst().orElseThrow();
    }

    /** Signs the request in as the demo account (admin, manager, officer, officer2, scrutiny). */
    public RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
