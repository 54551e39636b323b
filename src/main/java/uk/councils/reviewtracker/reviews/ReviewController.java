package uk.councils.reviewtracker.reviews;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.findings.FindingsOverview;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;

@Controller
@RequestMapping("/reviews")
class ReviewController {

    private final ReviewService reviews;
    private final FindingService findings;
    private final RecommendationService recommendations;
    private final ActionService actions;
    private final FrameworkService frameworks;
    private final EnumOptions enumOptions;

    ReviewController(ReviewService reviews, FindingService findings, RecommendationService recommendations,
                     ActionService actions, FrameworkService frameworks, EnumOptions enumOptions) {
        this.reviews = reviews;
        this.findings = findings;
        this.recommendations = recommendations;
        this.actions = actions;
        this.frameworks = frameworks;
        this.enumOptions = enumOptions;
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

    @GetMapping("/new")
    @PreAuthorize("hasRole('MANAGER')")
    String newForm(Model model) {
        model.addAttribute("form", ReviewForm.empty());
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    String create(@Valid @ModelAttribute("form") ReviewForm form, BindingResult result, Model model) {
        if (invalid(form, result)) {
            return form(model);
        }
        return "redirect:/reviews/" + reviews.create(form.details()).getId();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('MANAGER')")
    String editForm(@PathVariable Long id, Model model) {
        Review review = reviews.get(id);
        model.addAttribute("review", review);
        model.addAttribute("form", ReviewForm.of(review));
        return form(model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
                  Model model) {
        Review review = reviews.get(id);
        model.addAttribute("review", review);
        if (invalid(form, result)) {
            return form(model);
        }
        if (!ConcurrentEditException.saves(() -> reviews.update(id, form.getVersion(), form.details()))) {
            model.addAttribute("conflict", review.getModifiedBy());
            model.addAttribute("form", ReviewForm.of(review));
            return form(model);
        }
        return "redirect:/reviews/" + id;
    }

    private boolean invalid(ReviewForm form, BindingResult result) {
        if (form.fieldworkEndsBeforeItStarts()) {
            result.rejectValue("fieldworkEnd", "review.fieldworkEnd.beforeStart");
        }
        return result.hasErrors();
    }

    private String form(Model model) {
        model.addAttribute("reviewTypes", enumOptions.of(ReviewType.values(), "reviewType."));
        model.addAttribute("statuses", enumOptions.of(ReviewStatus.values(), "reviewStatus."));
        model.addAttribute("frameworks", frameworks.all().stream()
                .map(framework -> new Option(framework.getId(), framework.getName())).toList());
        return "reviews/form";
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
