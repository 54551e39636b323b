package uk.councils.reviewtracker.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload far over the limit is answered before anything reads it, from its declared length: back to the upload
 * page with the reason, or a JSON problem for the API. (Left to the server, an upload over its multipart limit
 * fails while the security filters read the form for the CSRF token, and Tomcat answers 413 with no page of ours.)
 * An upload just over the limit reaches the controllers, which refuse it knowing the file's exact size.
 */
@Component
@Order(UploadSizeFilter.BEFORE_SPRING_SECURITY)
class UploadSizeFilter extends OncePerRequestFilter {

    /** Spring Security's filter chain runs at order -100. */
    static final int BEFORE_SPRING_SECURITY = -101;
    /** Room in a request for the form's other fields and the multipart boundaries around the file. */
    private static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

    private final List<UploadEndpoint> endpoints;
    private final MessageSourceAccessor messages;
    private final DataSize maxFileSize;
    private final long maxRequestBytes;
    private final JsonMapper json = JsonMapper.builder().build();

    UploadSizeFilter(List<UploadEndpoint> endpoints, MessageSourceAccessor messages,
                     @Value("${app.upload.max-file-size}") DataSize maxFileSize) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
        this.maxRequestBytes = maxFileSize.toBytes() + FORM_OVERHEAD.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equals(request.getMethod()) || endpoints.stream().noneMatch(e -> e.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            String message = messages.getMessage("upload.tooLarge", new Object[] {maxFileSize.toMegabytes()});
            json.writeValue(response.getWriter(), Map.of("error", "TOO_LARGE", "message", message));
        } else {
            response.sendRedirect(request.getContextPath() + path + "?problem=tooLarge");
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
