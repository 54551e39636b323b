package uk.councils.reviewtracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * Finds the demo records tests work on, and signs requests in as a demo user. New tests build their own records with
 * {@link TestData} instead.
 */
@Component
@Import(TestData.class)
public class Fixtures {

    public static final String WALSALL = "Walsall Metropolitan Borough Council";

    private final TestData data;
    private final ReviewService reviews;
    private final UserService users;
    private final UserDetailsService accounts;

    Fixtures(TestData data, ReviewService reviews, UserService users, UserDetailsService accounts) {
        this.data = data;
        this.reviews = reviews;
        this.users = users;
        this.accounts = accounts;
    }

    /** A new person of that role with an email address (username@example.test); the password is "demo". */
    public User newUser(Role role) {
        return data.user(role);
    }

    public Long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** A new review of its own, so a test that changes things never disturbs another test. */
    public Review newReview() {
        return data.review().create();
    }

    public Long newRecommendation(Long reviewId) {
        return data.recommendation().on(reviews.get(reviewId)).create().getId();
    }

    /** A new action on a new review, led by that demo user (or nobody) for that agency (or none). */
    public Action newAction(String text, String leadUsername, String agencyName, TargetDate target) {
        TestData.ActionBuilder action = data.action(text).due(target);
        if (leadUsername != null) {
            action.ledBy(users.findByUsername(leadUsername).orElseThrow());
        }
        if (agencyName != null) {
            action.forAgency(users.agencyNamed(agencyName));
        }
        return action.create();
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
