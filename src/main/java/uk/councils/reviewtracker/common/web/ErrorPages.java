package uk.councils.reviewtracker.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every status the application answers is one page in the layout ({@code error/page}), with words for the
 * statuses it can really give and general words for any other of their kind. It never shows the exception: the
 * error attributes (message, trace) are left out of the model.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** The statuses with words of their own in messages.properties ({@code error.<status>.title} and body). */
    static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 415, 500, 503);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = status.value();
        String key = EXPLAINED.contains(code) ? "error." + code : status.is4xxClientError() ? "error.4xx" : "error.5xx";
        return new ModelAndView("error/page", Map.of("errorKey", key,
                "databaseDown", code == HttpStatus.SERVICE_UNAVAILABLE.value()), status);
    }
}
