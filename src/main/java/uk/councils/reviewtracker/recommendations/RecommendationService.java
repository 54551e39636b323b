package uk.councils.reviewtracker.recommendations;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.findings.Finding;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.recommendations.RecommendationEvent.RecommendationAdded;
import uk.councils.reviewtracker.recommendations.RecommendationEvent.RecommendationEdited;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

@Service
@Transactional(readOnly = true)
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final ReviewService reviews;
    private final FindingService findings;
    private final ApplicationEventPublisher events;
    private final FrameworkService frameworks;

    RecommendationService(RecommendationRepository recommendations, ReviewService reviews, FindingService findings,
                          ApplicationEventPublisher events, FrameworkService frameworks) {
        this.frameworks = frameworks;
        this.events = events;
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.findings = findings;
    }

    public Recommendation get(Long id) {
        return recommendations.findWithFindingsById(id)
                .orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    public List<Recommendation> forReview(Long reviewId) {
        return recommendations.findByReviewIdOrderByPosition(reviewId);
    }

    @Transactional
    public Recommendation add(Long reviewId, RecommendationDetails details) {
        Recommendation recommendation = new Recommendation(reviews.get(reviewId),
                recommendations.lastPosition(reviewId) + 1);
        recommendation.describe(details.ref(), details.text(), details.groupHeading(), details.source(),
                answers(reviewId, details.findingIds()));
        recommendation.respond(details.response());
        recommendation.placeUnder(details.themeId() == null ? null : frameworks.theme(details.themeId()));
        Recommendation saved = recommendations.save(recommendation);
        events.publishEvent(new RecommendationAdded(saved.getId(), "Added recommendation \"" + saved.getText() + "\""));
        return saved;
    }

    /** Adds many recommendations to a review at once (an imported plan): one lookup, positions in order. */
    @Transactional
    public List<Recommendation> addAll(Long reviewId, List<RecommendationDetails> all) {
        Review review = reviews.get(reviewId);
        int position = recommendations.lastPosition(reviewId);
        List<Recommendation> added = new java.util.ArrayList<>();
        for (RecommendationDetails details : all) {
            Recommendation recommendation = new Recommendation(review, ++position);
            recommendation.describe(details.ref(), details.text(), details.groupHeading(), details.source(),
                    List.of());
            recommendation.respond(details.response());
            recommendation.placeUnder(details.themeId() == null ? null : frameworks.theme(details.themeId()));
            added.add(recommendations.save(recommendation));
        }
        return added;
    }

    @Transactional
    public Recommendation update(Long id, long expectedVersion, RecommendationDetails details) {
        Recommendation recommendation = get(id);
        recommendation.checkVersion(expectedVersion);
        recommendation.describe(details.ref(), details.text(), details.groupHeading(), details.source(),
                answers(recommendation.getReview().getId(), details.findingIds()));
        recommendation.respond(details.response());
        recommendation.placeUnder(details.themeId() == null ? null : frameworks.theme(details.themeId()));
        events.publishEvent(new RecommendationEdited(id, "Edited recommendation \"" + recommendation.getText() + "\""
                + (details.response() == null ? "" : "; response " + details.response().type())));
        return recommendation;
    }

    /**
     * The theme each recommendation of a review falls under: its own, or else the first theme (in framework
     * order) of the findings it answers. Recommendations with neither are left out.
     */
    public Map<Long, Theme> themes(Long reviewId) {
        Map<Long, Theme> placed = new HashMap<>();
        Map<Long, Theme> fromFindings = new HashMap<>();
        for (Object[] row : recommendations.findThemesByReviewId(reviewId)) {
            Long id = (Long) row[0];
            if (row[1] != null) {
                placed.put(id, (Theme) row[1]);
            }
            if (row[2] != null) {
                fromFindings.merge(id, (Theme) row[2], RecommendationService::firstInFramework);
            }
        }
        fromFindings.putAll(placed);
        return fromFindings;
    }

    private static Theme firstInFramework(Theme one, Theme other) {
        return Comparator.comparingInt(Theme::getPosition).compare(one, other) <= 0 ? one : other;
    }

    /** Only findings of the same review can be linked: ids from elsewhere are ignored. */
    private List<Finding> answers(Long reviewId, List<Long> findingIds) {
        if (findingIds == null || findingIds.isEmpty()) {
            return List.of();
        }
        return findings.forReview(reviewId).stream().filter(f -> findingIds.contains(f.getId())).toList();
    }
}
