package uk.councils.reviewtracker.recommendations;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

/** Managers record a review's recommendations and the council's response to each. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class RecommendationController {

    private static final String FORM = "recommendations/form";

    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final FindingService findings;
    private final EnumOptions enumOptions;
    private final FrameworkService frameworks;

    RecommendationController(RecommendationService recommendations, ReviewService reviews, FindingService findings,
                             EnumOptions enumOptions, FrameworkService frameworks) {
        this.frameworks = frameworks;
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.findings = findings;
        this.enumOptions = enumOptions;
    }

    @GetMapping("/reviews/{reviewId}/recommendations/new")
    String newForm(@PathVariable Long reviewId, Model model) {
        model.addAttribute("form", RecommendationForm.empty());
        return form(reviews.get(reviewId), null, model);
    }

    @PostMapping("/reviews/{reviewId}/recommendations")
    String create(@PathVariable Long reviewId, @Valid @ModelAttribute("form") RecommendationForm form,
                  BindingResult result, Model model) {
        Review review = reviews.get(reviewId);
        if (invalid(form, result)) {
            return form(review, null, model);
        }
        recommendations.add(reviewId, form.details());
        return "redirect:/reviews/" + reviewId + "#recommendations";
    }

    @GetMapping("/recommendations/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Recommendation recommendation = recommendations.get(id);
        model.addAttribute("form", RecommendationForm.of(recommendation));
        return form(recommendation.getReview(), recommendation, model);
    }

    @PostMapping("/recommendations/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") RecommendationForm form,
                  BindingResult result, Model model) {
        Recommendation recommendation = recommendations.get(id);
        Review review = recommendation.getReview();
        if (invalid(form, result)) {
            return form(review, recommendation, model);
        }
        if (!ConcurrentEditException.saves(() -> recommendations.update(id, form.getVersion(), form.details()))) {
            model.addAttribute("conflict", recommendation.getModifiedBy());
            model.addAttribute("form", RecommendationForm.of(recommendation));
            return form(review, recommendation, model);
        }
        return "redirect:/reviews/" + review.getId() + "#recommendations";
    }

    private static boolean invalid(RecommendationForm form, BindingResult result) {
        if (form.responseWithoutDate()) {
            result.rejectValue("responseDate", "recommendation.responseDate.required");
        }
        if (form.responseWithoutRationale()) {
            result.rejectValue("rationale", "recommendation.rationale.required");
        }
        return result.hasErrors();
    }

    private String form(Review review, Recommendation recommendation, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("findings", findings.forReview(review.getId()));
        model.addAttribute("responseTypes", enumOptions.of(ResponseType.values(), "response."));
        model.addAttribute("themes", frameworks.themesOf(review.getFramework()).stream()
                        .map(theme -> new Option(theme.getId(), theme.getName())).toList());
        return FORM;
    }
}
