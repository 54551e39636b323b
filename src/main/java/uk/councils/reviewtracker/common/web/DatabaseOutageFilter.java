package uk.councils.reviewtracker.common.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.councils.reviewtracker.common.DatabaseOutage;

/**
 * While the database cannot be reached, every request answers 503 "service unavailable" within the pool's
 * connection timeout, with one log line, instead of a 500 and a stack trace. Outermost of all filters, so it also
 * sees the failures of the session store and of the security chain, which need the database before any page runs.
 * Pages get the styled page ({@code error/503}), rendered by an error dispatch that the security configuration
 * serves without the session (see {@link #isAnswering}); the API gets a JSON problem.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final String ANSWERING = DatabaseOutageFilter.class.getName() + ".answering";
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The database cannot be reached. Nothing was saved: try again in a few minutes.\"}";
    private static final String SESSION_ATTRIBUTES = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR;
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final Consumer<HttpServletResponse> pageHeaders;
    private final Consumer<HttpServletResponse> apiHeaders;

    /**
     * The security headers are written here: the failure may have come before Spring Security's header writer
     * ran, and that writer skips the error dispatch.
     */
    public DatabaseOutageFilter(Consumer<HttpServletResponse> pageHeaders, Consumer<HttpServletResponse> apiHeaders) {
        this.pageHeaders = pageHeaders;
        this.apiHeaders = apiHeaders;
    }

    /** Whether this request is the error dispatch showing the outage page, which must not touch the database. */
    public static boolean isAnswering(HttpServletRequest request) {
        return request.getAttribute(ANSWERING) != null;
    }

    /**
     * For the error dispatch, just inside the session filter: the outage page sees no session, so nothing on its
     * way (security, flash attributes, the page itself) looks one up in the database and waits for it again.
     */
    public static Filter withoutSession() {
        return (request, response, chain) -> chain.doFilter(isAnswering((HttpServletRequest) request)
                ? new SessionlessRequest((HttpServletRequest) request) : request, response);
    }

    private static final class SessionlessRequest extends HttpServletRequestWrapper {

        SessionlessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return null;
        }

        @Override
        public HttpSession getSession() {
            return null;
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("{} {} 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(failure));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            apiHeaders.accept(response);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
        } else {
            pageHeaders.accept(response);
            forgetUnsavedSession(request);
            request.setAttribute(ANSWERING, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * A session created by this request (the sign-in page's, for its CSRF token) could not be saved. Spring Session
     * keeps it in a request attribute and would try to save it again at the end of the error page.
     */
    private static void forgetUnsavedSession(HttpServletRequest request) {
        for (String name : Collections.list(request.getAttributeNames())) {
            if (name.startsWith(SESSION_ATTRIBUTES)) {
                request.removeAttribute(name);
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
