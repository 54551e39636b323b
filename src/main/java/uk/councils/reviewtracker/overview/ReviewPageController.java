package uk.councils.reviewtracker.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.findings.FindingsOverview;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

/**
 * The list of reviews and a review's page: they gather what the features below record about a review (its
 * findings, recommendations and actions), so they live above them, and {@code reviews} depends on none of them.
 */
@Controller
@RequestMapping("/reviews")
class ReviewPageController {

    private final ReviewService reviews;
    private final FindingService findings;
    private final RecommendationService recommendations;
    private final ActionService actions;

    ReviewPageController(ReviewService reviews, FindingService findings, RecommendationService recommendations,
                         ActionService actions) {
        this.reviews = reviews;
        this.findings = findings;
        this.recommendations = recommendations;
        this.actions = actions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reviews", reviews.all());
        model.addAttribute("progress", ReviewProgress.byReview(actions.factsOfOpenReviews()));
        return "reviews/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Review review = reviews.get(id);
        FindingsOverview overview = findings.overview(review);
        model.addAttribute("review", review);
        model.addAttribute("linesOfEnquiry", reviews.linesOfEnquiry(id));
        model.addAttribute("summaryStrengths", overview.summaryStrengths());
        model.addAttribute("summaryAreas", overview.summaryAreas());
        model.addAttribute("themes", overview.themes());
        model.addAttribute("recommendationGroups", byGroup(recommendations.forReview(id)));
        model.addAttribute("actions", actions.forReviewByRecommendation(id));
        return "reviews/show";
    }

    private static Map<String, List<Recommendation>> byGroup(List<Recommendation> recommendations) {
        Map<String, List<Recommendation>> groups = new LinkedHashMap<>();
        for (Recommendation recommendation : recommendations) {
            String group = recommendation.getGroupHeading() == null ? "" : recommendation.getGroupHeading();
            groups.computeIfAbsent(group, key -> new ArrayList<>()).add(recommendation);
        }
        return groups;
    }
}
