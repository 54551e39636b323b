package uk.councils.reviewtracker.letters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload far over the letters limit is answered before anything reads it, from its declared length: back to the
 * upload page with the reason, or a JSON problem for the API. (Left to the server, an upload over its multipart
 * limit fails while the security filters read the form, and Tomcat answers 413 with no page of ours.) An upload
 * just over the limit reaches the controllers, which refuse it knowing the file's exact size.
 */
@Component
@Order(LetterUploadSizeFilter.BEFORE_SPRING_SECURITY)
class LetterUploadSizeFilter extends OncePerRequestFilter {

    /** Spring Security's filter chain runs at order -100. */
    static final int BEFORE_SPRING_SECURITY = -101;
    /** Room in a request for the form's other fields and the multipart boundaries around the file. */
    private static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);
    static final String UPLOAD_PAGE = "/reviews/import-letter";
    static final String API = "/api/letters/extract";

    private final MessageSource messages;
    private final long maxRequestBytes;
    private final DataSize maxFileSize;
    private final JsonMapper json = JsonMapper.builder().build();

    LetterUploadSizeFilter(MessageSource messages, @Value("${app.letters.max-file-size}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
        this.maxRequestBytes = maxFileSize.toBytes() + FORM_OVERHEAD.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(UPLOAD_PAGE.equals(path) || API.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().endsWith(API)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            String message = messages.getMessage("letters.problem.TOO_LARGE", new Object[] {maxFileSize.toMegabytes()},
                    request.getLocale());
            json.writeValue(response.getWriter(), Map.of("error", "TOO_LARGE", "message", message));
        } else {
            response.sendRedirect(request.getContextPath() + UPLOAD_PAGE + "?problem=tooLarge");
        }
    }
}
