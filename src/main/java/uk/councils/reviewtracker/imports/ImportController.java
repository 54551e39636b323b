package uk.councils.reviewtracker.imports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.SignedInUser;

/** Managers bring in a plan from their own spreadsheet: upload, check the preview, then confirm. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class ImportController {

    private final ImportService imports;
    private final ReviewService reviews;
    private final ImportTemplate template;
    private final MessageSourceAccessor messages;

    ImportController(ImportService imports, ReviewService reviews, ImportTemplate template, MessageSourceAccessor messages) {
        this.imports = imports;
        this.reviews = reviews;
        this.template = template;
        this.messages = messages;
    }

    @GetMapping("/reviews/{reviewId}/import")
    String uploadForm(@PathVariable Long reviewId, @RequestParam(required = false) String problem, Model model) {
        model.addAttribute("review", reviews.get(reviewId));
        if ("tooLarge".equals(problem)) {
            model.addAttribute("fileError", messages.getMessage("import.file.tooBig"));
        }
        return "imports/upload";
    }

    @PostMapping("/reviews/{reviewId}/import")
    String upload(@PathVariable Long reviewId, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                throw new ImportException("import.file.missing");
            }
            return "redirect:/imports/" + imports.upload(reviewId, file.getOriginalFilename(), file.getBytes());
        } catch (ImportException e) {
            model.addAttribute("review", reviews.get(reviewId));
            model.addAttribute("fileError", messages.getMessage(e.getMessageKey(), e.getArguments()));
            return "imports/upload";
        }
    }

    @GetMapping("/imports/{uploadId}")
    String preview(@PathVariable Long uploadId, Model model) {
        model.addAttribute("preview", imports.preview(uploadId));
        model.addAttribute("fields", PlanField.values());
        return "imports/preview";
    }

    /** The manager says what the columns hold; the file is read again with their choices. */
    @PostMapping("/imports/{uploadId}/columns")
    String mapColumns(@PathVariable Long uploadId, @RequestParam Map<String, String> form) {
        Map<Integer, PlanField> columns = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("column") && !value.isBlank()) {
                columns.put(Integer.valueOf(name.substring("column".length())), PlanField.valueOf(value));
            }
        });
        imports.mapColumns(uploadId, columns);
        return "redirect:/imports/" + uploadId;
    }

    /** Imports the previewed plan; when it cannot be written, a page says why and that nothing was saved. */
    @PostMapping("/imports/{uploadId}/confirm")
    String confirm(@PathVariable Long uploadId, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            ImportResult result = imports.confirm(uploadId, user.displayName());
            redirect.addFlashAttribute("imported", result);
            return "redirect:/reviews/" + result.reviewId() + "/plan";
        } catch (ImportException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("uploadId", uploadId);
            model.addAttribute("reviewId", imports.reviewOf(uploadId));
            model.addAttribute("reason", messages.getMessage(refused.getMessageKey(), refused.getArguments()));
            return "imports/refused";
        }
    }

    @PostMapping("/imports/{uploadId}/discard")
    String discard(@PathVariable Long uploadId) {
        Long reviewId = imports.preview(uploadId).reviewId();
        imports.discard(uploadId);
        return "redirect:/reviews/" + reviewId + "/import";
    }

    @GetMapping("/imports/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("improvement-plan-template.xlsx").build().toString())
                .body(template.xlsx());
    }
}
