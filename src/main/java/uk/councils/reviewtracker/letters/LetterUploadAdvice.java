package uk.councils.reviewtracker.letters;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * A file over the upload limit is refused before any controller runs; say so in words the manager understands, on
 * the upload page (or as JSON to a script), instead of an error page.
 */
@ControllerAdvice
class LetterUploadAdvice {

    private final MessageSource messages;
    private final DataSize maxFileSize;

    LetterUploadAdvice(MessageSource messages,
                       @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ModelAndView json = new ModelAndView(new JacksonJsonView());
            json.addObject("error", "TOO_LARGE");
            json.addObject("message", messages.getMessage("letters.problem.TOO_LARGE",
                    new Object[] {maxFileSize.toMegabytes()}, LocaleContextHolder.getLocale()));
            json.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            return json;
        }
        return new ModelAndView("redirect:/reviews/import-letter?problem=tooLarge");
    }
}
