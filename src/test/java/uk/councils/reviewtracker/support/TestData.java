package uk.councils.reviewtracker.support;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ProgressReport;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewDetails;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.reviews.ReviewType;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignedInUser;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * Builds the records a test needs through the services, each new and named uniquely, so that a test states only
 * what matters to it and never depends on (or disturbs) the demo data or another test:
 * {@code data.action("Refresh the threshold document").ledBy(officer).due(august).create()}.
 */
@Component
public class TestData {

    /** The password of every person made here. */
    public static final String PASSWORD = "demo";

    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final ActionService actions;
    private final UserService users;
    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;

    TestData(ReviewService reviews, RecommendationService recommendations, ActionService actions, UserService users,
             UserDetailsService accounts, PlatformTransactionManager transactionManager) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.actions = actions;
        this.users = users;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A new agency of its own. */
    public Agency agency() {
        return users.agencyNamed("Test agency " + mark());
    }

    /** A new person of that role, with no agency. */
    public User user(Role role) {
        return user(role, null);
    }

    /** A new person of that role working for that agency (or none), with an email address username@example.test. */
    public User user(Role role, Agency agency) {
        String username = role.name().toLowerCase(Locale.UK) + "-" + mark();
        return transaction.execute(status -> {
            User user = users.create(username, "Test " + username, PASSWORD, role, agency);
            user.setEmail(username + "@example.test");
            return user;
        });
    }

    /** Signs the request in as that person, as the application itself would load them. */
    public RequestPostProcessor as(User person) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(person.getUsername()));
    }

    /** That person as the services see whoever is signed in. */
    public SignedInUser signedIn(User person) {
        return (SignedInUser) accounts.loadUserByUsername(person.getUsername());
    }

    /** A new review, published, of a council of its own unless told otherwise. */
    public ReviewBuilder review() {
        return new ReviewBuilder();
    }

    /** A new recommendation, on a new review unless told otherwise. */
    public RecommendationBuilder recommendation() {
        return new RecommendationBuilder();
    }

    /** A new action in progress, led by nobody, with no target, on a new recommendation unless told otherwise. */
    public ActionBuilder action(String text) {
        return new ActionBuilder(text);
    }

    /** Progress reported on the action by that person, signed in (so the audit trail names them), as the form would. */
    public ProgressUpdate progress(Action action, User by, ActionStatus status, String note) {
        SignedInUser person = signedIn(by);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return actions.reportProgress(action.getId(), actions.get(action.getId()).getVersion(),
                    new ProgressReport(status, note, null, null, null), person);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public final class ReviewBuilder {

        private String organisation = "Testshire County Council";
        private String title = "Test review " + mark();
        private String fieldworkDates;
        private ReviewStatus status = ReviewStatus.PUBLISHED;

        private ReviewBuilder() {
        }

        public ReviewBuilder of(String organisationName) {
            this.organisation = organisationName;
            return this;
        }

        public ReviewBuilder titled(String reviewTitle) {
            this.title = reviewTitle;
            return this;
        }

        /** The fieldwork dates as the letter writes them ("September 2010"), which give the review its year. */
        public ReviewBuilder fieldwork(String dates) {
            this.fieldworkDates = dates;
            return this;
        }

        public ReviewBuilder status(ReviewStatus reviewStatus) {
            this.status = reviewStatus;
            return this;
        }

        public Review create() {
            return reviews.create(new ReviewDetails(organisation, ReviewType.PEER_REVIEW, title, fieldworkDates,
                    null, null, null, null, null, null, null, status, Review.DEFAULT_REPORTING_INTERVAL_WEEKS));
        }
    }

    public final class RecommendationBuilder {

        private Review review;
        private String ref = "1";
        private String text = "Test recommendation";

        private RecommendationBuilder() {
        }

        public RecommendationBuilder on(Review onReview) {
            this.review = onReview;
            return this;
        }

        /** Its number as the letter writes it, or null for an unnumbered one. */
        public RecommendationBuilder numbered(String recommendationRef) {
            this.ref = recommendationRef;
            return this;
        }

        public RecommendationBuilder saying(String recommendationText) {
            this.text = recommendationText;
            return this;
        }

        public Recommendation create() {
            Long reviewId = (review == null ? review().create() : review).getId();
            return recommendations.add(reviewId, new RecommendationDetails(ref, text, null, null, List.of(), null));
        }
    }

    public final class ActionBuilder {

        private final String text;
        private Long recommendationId;
        private User lead;
        private Agency agency;
        private TargetDate target;
        private ActionStatus status = ActionStatus.IN_PROGRESS;

        private ActionBuilder(String text) {
            this.text = text;
        }

        public ActionBuilder on(Recommendation recommendation) {
            this.recommendationId = recommendation.getId();
            return this;
        }

        public ActionBuilder ledBy(User leadOfficer) {
            this.lead = leadOfficer;
            return this;
        }

        /** The agency that leads it, whoever its lead officer is. */
        public ActionBuilder forAgency(Agency leadAgency) {
            this.agency = leadAgency;
            return this;
        }

        public ActionBuilder due(TargetDate targetDate) {
            this.target = targetDate;
            return this;
        }

        public ActionBuilder status(ActionStatus actionStatus) {
            this.status = actionStatus;
            return this;
        }

        public Action create() {
            Long onRecommendation = recommendationId != null ? recommendationId : recommendation().create().getId();
            return actions.add(onRecommendation, new ActionDetails(text, null, null, null, target,
                    lead == null ? null : lead.getId(), agency == null ? null : agency.getId(), status), "Test");
        }
    }
}
