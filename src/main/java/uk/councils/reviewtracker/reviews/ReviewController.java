package uk.councils.reviewtracker.reviews;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.frameworks.FrameworkService;

@Controller
@RequestMapping("/reviews")
class ReviewController {

    private final ReviewService reviews;
    private final FrameworkService frameworks;
    private final EnumOptions enumOptions;

    ReviewController(ReviewService reviews, FrameworkService frameworks, EnumOptions enumOptions) {
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.enumOptions = enumOptions;
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
}
