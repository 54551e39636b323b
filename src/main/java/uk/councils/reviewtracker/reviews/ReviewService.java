package uk.councils.reviewtracker.reviews;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.reviews.ReviewEvent.LineOfEnquiryAdded;
import uk.councils.reviewtracker.reviews.ReviewEvent.LineOfEnquiryDeleted;
import uk.councils.reviewtracker.reviews.ReviewEvent.LineOfEnquiryEdited;
import uk.councils.reviewtracker.reviews.ReviewEvent.ReviewAdded;
import uk.councils.reviewtracker.reviews.ReviewEvent.ReviewEdited;

@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewRepository reviews;
    private final OrganisationRepository organisations;
    private final LineOfEnquiryRepository linesOfEnquiry;
    private final FrameworkService frameworks;
    private final ApplicationEventPublisher events;

    ReviewService(ReviewRepository reviews, OrganisationRepository organisations,
                  LineOfEnquiryRepository linesOfEnquiry, FrameworkService frameworks,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.reviews = reviews;
        this.organisations = organisations;
        this.linesOfEnquiry = linesOfEnquiry;
        this.frameworks = frameworks;
    }

    public List<Review> all() {
        return reviews.findAllNewestFirst();
    }

    public Review get(Long id) {
        return reviews.findWithOrganisationById(id).orElseThrow(() -> new NotFoundException("Review", id));
    }

    public boolean exists(String organisationName, String title) {
        return reviews.existsByOrganisationNameAndTitle(organisationName, title);
    }

    public List<Organisation> organisations() {
        return organisations.findAllByOrderByNameAsc();
    }

    @Transactional
    public Review create(ReviewDetails details) {
        Review review = new Review(organisationNamed(details.organisationName()), details.reviewType(),
                details.title());
        review.describe(details, review.getOrganisation(), framework(details.frameworkId()));
        Review saved = reviews.save(review);
        events.publishEvent(new ReviewAdded(saved.getId(), "Added review \"" + saved.getTitle() + "\" of "
                + saved.getOrganisation().getName()));
        return saved;
    }

    /** Saves the edit unless someone else saved the review since {@code expectedVersion} was read. */
    @Transactional
    public Review update(Long id, long expectedVersion, ReviewDetails details) {
        Review review = get(id);
        review.checkVersion(expectedVersion);
        review.describe(details, organisationNamed(details.organisationName()), framework(details.frameworkId()));
        events.publishEvent(new ReviewEdited(id, "Edited review \"" + review.getTitle() + "\""));
        return review;
    }

    public List<LineOfEnquiry> linesOfEnquiry(Long reviewId) {
        return linesOfEnquiry.findByReviewIdOrderByPosition(reviewId);
    }

    public LineOfEnquiry lineOfEnquiry(Long id) {
        return linesOfEnquiry.findWithReviewById(id).orElseThrow(() -> new NotFoundException("Line of enquiry", id));
    }

    @Transactional
    public LineOfEnquiry addLineOfEnquiry(Long reviewId, String question, String findingSummary) {
        LineOfEnquiry line = get(reviewId).addLineOfEnquiry(question, findingSummary);
        events.publishEvent(new LineOfEnquiryAdded(reviewId, "Added line of enquiry \"" + question + "\""));
        return linesOfEnquiry.save(line);
    }

    @Transactional
    public void rewordLineOfEnquiry(Long id, String question, String findingSummary) {
        LineOfEnquiry line = lineOfEnquiry(id);
        line.reword(question, findingSummary);
        events.publishEvent(new LineOfEnquiryEdited(line.getReview().getId(),
                "Edited line of enquiry \"" + question + "\""));
    }

    @Transactional
    public void removeLineOfEnquiry(Long id) {
        LineOfEnquiry line = lineOfEnquiry(id);
        line.getReview().removeLineOfEnquiry(line);
        events.publishEvent(new LineOfEnquiryDeleted(line.getReview().getId(),
                "Deleted line of enquiry \"" + line.getQuestion() + "\""));
    }

    private Organisation organisationNamed(String name) {
        String clean = name.strip();
        return organisations.findByNameIgnoreCase(clean).orElseGet(() -> organisations.save(new Organisation(clean)));
    }

    private Framework framework(Long id) {
        return id == null ? null : frameworks.get(id);
    }
}
