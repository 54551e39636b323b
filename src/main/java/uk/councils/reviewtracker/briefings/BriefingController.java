package uk.councils.reviewtracker.briefings;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.web.EnumOptions;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.SignedInUser;

/**
 * Managers compose briefings for committee; once issued, everyone can read and download them. A draft is the
 * managers' (see {@link Briefing#isReadableBy}). Everyone can download the live plan.
 */
@Controller
class BriefingController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BriefingService briefings;
    private final ReviewService reviews;
    private final ActionService actions;
    private final BriefingContent content;
    private final BriefingPdf pdf;
    private final BriefingDocx docx;
    private final PlanSpreadsheet spreadsheet;
    private final EnumOptions enumOptions;

    BriefingController(BriefingService briefings, ReviewService reviews, ActionService actions,
                       BriefingContent content, BriefingPdf pdf, BriefingDocx docx, PlanSpreadsheet spreadsheet,
                       EnumOptions enumOptions) {
        this.briefings = briefings;
        this.reviews = reviews;
        this.actions = actions;
        this.content = content;
        this.pdf = pdf;
        this.docx = docx;
        this.spreadsheet = spreadsheet;
        this.enumOptions = enumOptions;
    }

    @GetMapping("/reviews/{reviewId}/briefings")
    String list(@PathVariable Long reviewId, Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("review", reviews.get(reviewId));
        model.addAttribute("briefings", briefings.forReview(reviewId, user));
        return "briefings/list";
    }

    @GetMapping("/reviews/{reviewId}/briefings/new")
    @PreAuthorize("hasRole('MANAGER')")
    String newForm(@PathVariable Long reviewId, Model model, @AuthenticationPrincipal SignedInUser user) {
        BriefingForm form = new BriefingForm();
        form.setAuthor(user.displayName());
        model.addAttribute("form", form);
        return newPage(reviews.get(reviewId), model);
    }

    @PostMapping("/reviews/{reviewId}/briefings")
    @PreAuthorize("hasRole('MANAGER')")
    String create(@PathVariable Long reviewId, @Valid @ModelAttribute("form") BriefingForm form,
                  BindingResult result, Model model) {
        Review review = reviews.get(reviewId);
        if (result.hasErrors()) {
            return newPage(review, model);
        }
        return "redirect:/briefings/" + briefings.create(reviewId, form.details()).getId();
    }

    @GetMapping("/briefings/{id}")
    String show(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        BriefingDocument document = briefings.document(id, user);
        model.addAttribute("briefing", document.briefing());
        model.addAttribute("blocks", content.blocks(document));
        model.addAttribute("supersededBy", briefings.supersededBy(document.briefing()).orElse(null));
        return "briefings/show";
    }

    @GetMapping("/briefings/{id}/edit")
    @PreAuthorize("hasRole('MANAGER')")
    String editForm(@PathVariable Long id, Model model) {
        Briefing briefing = briefings.draft(id);
        model.addAttribute("form", BriefingForm.of(briefing));
        return editPage(briefing, model);
    }

    @PostMapping("/briefings/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") BriefingForm form, BindingResult result,
                  Model model) {
        Briefing briefing = briefings.get(id);
        form.checkSections(result);
        if (result.hasErrors()) {
            return editPage(briefing, model);
        }
        if (!ConcurrentEditException.saves(() -> briefings.rewrite(id, form.getVersion(), form.details(),
                form.getSections()))) {
            model.addAttribute("conflict", briefing.getModifiedBy());
            model.addAttribute("form", BriefingForm.of(briefing));
            return editPage(briefing, model);
        }
        return "redirect:/briefings/" + id;
    }

    @PostMapping("/briefings/{id}/issue")
    @PreAuthorize("hasRole('MANAGER')")
    String issue(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        briefings.issue(id, user.username());
        redirect.addFlashAttribute("issued", true);
        return "redirect:/briefings/" + id;
    }

    @GetMapping("/briefings/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String confirmDelete(@PathVariable Long id, Model model) {
        Briefing briefing = briefings.draft(id);
        model.addAttribute("briefing", briefing);
        return "briefings/delete";
    }

    @PostMapping("/briefings/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        Long reviewId = briefings.get(id).getReview().getId();
        briefings.delete(id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/reviews/" + reviewId + "/briefings";
    }

    @GetMapping("/briefings/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
        BriefingDocument document = briefings.document(id, user);
        return download(pdf.render(document), MediaType.APPLICATION_PDF, fileName(document) + ".pdf");
    }

    @GetMapping("/briefings/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
        BriefingDocument document = briefings.document(id, user);
        return download(docx.render(document), DOCX, fileName(document) + ".docx");
    }

    @GetMapping("/briefings/{id}/plan.xlsx")
    ResponseEntity<byte[]> snapshotXlsx(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
        BriefingDocument document = briefings.document(id, user);
        return download(spreadsheet.xlsx("Action plan", document.plan()), XLSX, fileName(document) + "-plan.xlsx");
    }

    @GetMapping("/reviews/{reviewId}/plan.xlsx")
    ResponseEntity<byte[]> planXlsx(@PathVariable Long reviewId) {
        Review review = reviews.get(reviewId);
        return download(spreadsheet.xlsx("Action plan", livePlan(reviewId)), XLSX, slug(review) + "-plan.xlsx");
    }

    @GetMapping("/reviews/{reviewId}/plan.csv")
    ResponseEntity<byte[]> planCsv(@PathVariable Long reviewId) {
        Review review = reviews.get(reviewId);
        return download(spreadsheet.csv(livePlan(reviewId)), new MediaType("text", "csv", StandardCharsets.UTF_8),
                slug(review) + "-plan.csv");
    }

    private java.util.List<PlanLine> livePlan(Long reviewId) {
        return actions.planRows(reviewId).stream().map(PlanLine::ofRow).toList();
    }

    private String newPage(Review review, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("templates", enumOptions.of(BriefingTemplate.values(), "briefingTemplate."));
        return "briefings/new";
    }

    private String editPage(Briefing briefing, Model model) {
        model.addAttribute("briefing", briefing);
        return "briefings/edit";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static String fileName(BriefingDocument document) {
        Briefing briefing = document.briefing();
        return slug(briefing.getReview()) + "-briefing-" + briefing.getMeetingDate();
    }

    private static String slug(Review review) {
        String slug = (review.getOrganisation().getName() + "-" + review.getTitle()).toLowerCase(java.util.Locale.UK)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() <= 60) {
            return slug;
        }
        int lastWord = slug.lastIndexOf('-', 60);
        return slug.substring(0, lastWord > 0 ? lastWord : 60);
    }
}
