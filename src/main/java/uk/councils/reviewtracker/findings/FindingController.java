package uk.councils.reviewtracker.findings;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

/** Managers record the strengths and areas for consideration of a review. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class FindingController {

    private static final String FORM = "findings/form";

    private final FindingService findings;
    private final ReviewService reviews;
    private final FrameworkService frameworks;
    private final EnumOptions enumOptions;

    FindingController(FindingService findings, ReviewService reviews, FrameworkService frameworks,
                      EnumOptions enumOptions) {
        this.findings = findings;
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.enumOptions = enumOptions;
    }

    @GetMapping("/reviews/{reviewId}/findings/new")
    String newForm(@PathVariable Long reviewId, Model model) {
        model.addAttribute("form", FindingDetails.empty());
        return form(reviews.get(reviewId), null, model);
    }

    @PostMapping("/reviews/{reviewId}/findings")
    String create(@PathVariable Long reviewId, @Valid @ModelAttribute("form") FindingDetails form,
                  BindingResult result, Model model) {
        Review review = reviews.get(reviewId);
        if (result.hasErrors()) {
            return form(review, null, model);
        }
        findings.add(reviewId, form.tidied());
        return "redirect:/reviews/" + reviewId + "#themes";
    }

    @GetMapping("/findings/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Finding finding = findings.get(id);
        model.addAttribute("form", FindingDetails.of(finding));
        return form(reviews.get(finding.getReview().getId()), finding, model);
    }

    @PostMapping("/findings/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") FindingDetails form, BindingResult result,
                  Model model) {
        Finding finding = findings.get(id);
        Long reviewId = finding.getReview().getId();
        if (result.hasErrors()) {
            return form(reviews.get(reviewId), finding, model);
        }
        findings.update(id, form.tidied());
        return "redirect:/reviews/" + reviewId + "#themes";
    }

    @PostMapping("/findings/{id}/delete")
    String delete(@PathVariable Long id) {
        Long reviewId = findings.get(id).getReview().getId();
        findings.delete(id);
        return "redirect:/reviews/" + reviewId + "#themes";
    }

    private String form(Review review, Finding finding, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("finding", finding);
        model.addAttribute("themes", frameworks.themesOf(review.getFramework()).stream()
                        .map(theme -> new Option(theme.getId(), theme.getName())).toList());
        model.addAttribute("kinds", enumOptions.of(FindingKind.values(), "findingKind."));
        model.addAttribute("details", enumOptions.of(FindingDetail.values(), "findingDetail."));
        return FORM;
    }
}
