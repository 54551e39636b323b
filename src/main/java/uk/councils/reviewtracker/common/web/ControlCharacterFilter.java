package uk.councils.reviewtracker.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.councils.reviewtracker.common.Text;

/**
 * Every request parameter (form fields included) reaches the application without control characters: a NUL byte
 * in a note made PostgreSQL refuse the row (a 500) and H2 store it. A filter rather than a binder setting, so that
 * it holds for every form and parameter and leaves each controller's own binder configuration alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanParameters(request), response);
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return Text.withoutControlCharacters(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(Text::withoutControlCharacters)
                    .toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> clean = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> clean.put(name, Arrays.stream(values)
                    .map(Text::withoutControlCharacters).toArray(String[]::new)));
            return clean;
        }
    }
}
