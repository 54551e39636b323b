package uk.councils.reviewtracker.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path (never the query string, where search text could name a child or a
 * member of staff), status, duration and who made it. The user name is also in the MDC as {@code user} for every
 * line logged while the request runs, so structured (JSON) logs carry it as a field. Sits in the security filter
 * chain just after the security context is loaded, so it sees who signed in, even on the sign-in request itself.
 */
class RequestLogFilter extends OncePerRequestFilter {

    static final String USER = "user";
    private static final String NOBODY = "-";
    private static final List<String> QUIET = List.of("/assets/", "/webjars/", "/css/", "/js/", "/favicon.ico",
            "/actuator/");
    private static final Logger log = LoggerFactory.getLogger(RequestLogFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return QUIET.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        MDC.put(USER, username());
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            String user = username();
            MDC.put(USER, user);
            log.atInfo().addKeyValue("method", request.getMethod()).addKeyValue("path", request.getRequestURI())
                    .addKeyValue("status", status).addKeyValue("durationMs", millis)
                    .log("{} {} {} {} ms {}", request.getMethod(), request.getRequestURI(), status, millis, user);
            MDC.remove(USER);
        }
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return NOBODY;
        }
        return authentication.getName();
    }
}
