package uk.councils.reviewtracker.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file over the size limit is refused before it reaches a controller: send the manager back to say so. */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooBig(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.matches("/reviews/\\d+/import") ? "redirect:" + path + "?tooBig" : "redirect:/reviews";
    }
}
