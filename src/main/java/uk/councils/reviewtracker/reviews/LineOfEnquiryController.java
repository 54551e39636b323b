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

/** Managers record the lines of enquiry a review explored. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class LineOfEnquiryController {

    private final ReviewService reviews;

    LineOfEnquiryController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/reviews/{reviewId}/lines-of-enquiry/new")
    String newForm(@PathVariable Long reviewId, Model model) {
        model.addAttribute("review", reviews.get(reviewId));
        model.addAttribute("form", new LineOfEnquiryForm("", ""));
        return "reviews/line-of-enquiry-form";
    }

    @PostMapping("/reviews/{reviewId}/lines-of-enquiry")
    String create(@PathVariable Long reviewId, @Valid @ModelAttribute("form") LineOfEnquiryForm form,
                  BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("review", reviews.get(reviewId));
            return "reviews/line-of-enquiry-form";
        }
        reviews.addLineOfEnquiry(reviewId, form.question().strip(), form.findingSummary());
        return "redirect:/reviews/" + reviewId + "#lines-of-enquiry";
    }

    @GetMapping("/lines-of-enquiry/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        LineOfEnquiry line = reviews.lineOfEnquiry(id);
        model.addAttribute("review", line.getReview());
        model.addAttribute("line", line);
        model.addAttribute("form", LineOfEnquiryForm.of(line));
        return "reviews/line-of-enquiry-form";
    }

    @PostMapping("/lines-of-enquiry/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") LineOfEnquiryForm form,
                  BindingResult result, Model model) {
        LineOfEnquiry line = reviews.lineOfEnquiry(id);
        if (result.hasErrors()) {
            model.addAttribute("review", line.getReview());
            model.addAttribute("line", line);
            return "reviews/line-of-enquiry-form";
        }
        reviews.rewordLineOfEnquiry(id, form.question().strip(), form.findingSummary());
        return "redirect:/reviews/" + line.getReview().getId() + "#lines-of-enquiry";
    }

    @PostMapping("/lines-of-enquiry/{id}/delete")
    String delete(@PathVariable Long id) {
        Long reviewId = reviews.lineOfEnquiry(id).getReview().getId();
        reviews.removeLineOfEnquiry(id);
        return "redirect:/reviews/" + reviewId + "#lines-of-enquiry";
    }
}
