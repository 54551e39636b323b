package uk.councils.reviewtracker.imports;

import java.io.IOException;
import java.util.Map;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.councils.reviewtracker.users.SignedInUser;

/**
 * The import for scripts: POST the file, read the preview as JSON, then confirm with a second call. Managers
 * only, with HTTP Basic authentication (see the security configuration of /api).
 */
@RestController
@PreAuthorize("hasRole('MANAGER')")
class ImportApiController {

    private final ImportService imports;
    private final MessageSourceAccessor messages;

    ImportApiController(ImportService imports, MessageSourceAccessor messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/api/reviews/{reviewId}/imports")
    ResponseEntity<ImportPreview> upload(@PathVariable Long reviewId, @RequestParam MultipartFile file)
            throws IOException {
        Long uploadId = imports.upload(reviewId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.preview(uploadId));
    }

    /** The import's result, or an RFC 9457 problem saying why nothing was written. */
    @PostMapping("/api/imports/{uploadId}/confirm")
    ResponseEntity<?> confirm(@PathVariable Long uploadId, @AuthenticationPrincipal SignedInUser user) {
        try {
            return ResponseEntity.ok(imports.confirm(uploadId, user.displayName()));
        } catch (ImportException refused) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.getMessage(refused.getMessageKey(), refused.getArguments()));
            problem.setTitle(messages.getMessage("import.refused.title"));
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    ResponseEntity<Map<String, String>> noFile() {
        return ResponseEntity.badRequest().body(Map.of("error",
                messages.getMessage("import.file.missing")));
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, String>> refused(ImportException e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error",
                messages.getMessage(e.getMessageKey(), e.getArguments())));
    }
}
