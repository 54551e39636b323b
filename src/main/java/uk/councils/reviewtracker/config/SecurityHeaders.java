package uk.councils.reviewtracker.config;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every page carries, in one place: Spring Security writes them on what the application answers, and
 * {@link SecurityHeadersErrorReportValve} on what Tomcat answers by itself (a request it could not parse), and the
 * firewall's handler on the requests it rejects, and the "service unavailable" answers.
 */
final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final ReferrerPolicy PAGE_REFERRER = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    private SecurityHeaders() {
    }

    /** For the security chains that serve pages (Spring Security adds X-Content-Type-Options itself). */
    static void forPages(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(PAGE_REFERRER));
    }

    /** The same headers on an answer Spring Security never saw; those already set are left as they are. */
    static void addTo(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", PAGE_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", PAGE_REFERRER.getPolicy());
    }

    /** The API's headers on an answer Spring Security never saw. */
    static void addApiTo(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", API_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", ReferrerPolicy.NO_REFERRER.getPolicy());
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
