package uk.councils.reviewtracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

/** Finds the demo records tests work on, and signs requests in as a demo user. */
@Component
public class Fixtures {

    public static final String WALSALL = "Walsall Metropolitan Borough Council";

    private final ReviewService reviews;
    private final UserDetailsService accounts;

    Fixtures(ReviewService reviews, UserDetailsService accounts) {
        this.reviews = reviews;
        this.accounts = accounts;
    }

    public Review review(String organisation) {
        return reviews.all().stream()
                .filter(review -> review.getOrganisation().getName().equals(organisation))
                .findFirst().orElseThrow();
    }

    /** Signs the request in as the demo account (admin, manager, officer, officer2, scrutiny). */
    public RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
