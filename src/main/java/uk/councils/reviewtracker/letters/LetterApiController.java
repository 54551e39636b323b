package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;

/**
 * The extraction of a letter as JSON, with the field names of the ground-truth files, for scripts and for checking
 * the reader. Nothing is saved. For a manager, signed in with HTTP Basic on each request (no session, no CSRF
 * token), as the API's security chain sets up.
 */
@RestController
@RequestMapping("/api/letters")
@PreAuthorize("hasRole('MANAGER')")
class LetterApiController {

    private final MessageSourceAccessor messages;
    private final DataSize maxFileSize;

    LetterApiController(MessageSourceAccessor messages,
                        @Value("${app.letters.max-file-size}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @PostMapping(path = "/extract", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> extract(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "FILE_REQUIRED", messages.getMessage("letters.file.required"));
        }
        try {
            if (file.getSize() > maxFileSize.toBytes()) {
                throw new UnreadableLetterException(Problem.TOO_LARGE, maxFileSize.toMegabytes());
            }
            return ResponseEntity.ok(LetterExtractor.extract(file.getOriginalFilename(), file.getBytes()));
        } catch (UnreadableLetterException e) {
            HttpStatus status = e.problem() == Problem.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            return problem(status, e.problem().name(), messages.getMessage(e.messageKey(), e.messageArguments()));
        }
    }

    static ResponseEntity<Map<String, String>> problem(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", code, "message", message));
    }
}
