package uk.councils.reviewtracker.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import uk.councils.reviewtracker.common.web.ResumablePost;
import uk.councils.reviewtracker.common.web.UnsavedInput;

/**
 * A form sent with a CSRF token that no longer matches (the session it was issued in has ended, or the user
 * signed in again since) is refused, as it must be: nothing it asks is done. But for the forms people spend time on
 * ({@link ResumablePost}s) what they typed is kept in the new session, and they are sent to sign in again, or
 * straight back to the form when they still are signed in, where it is shown to check and save. Every other
 * refusal is the 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    private final List<ResumablePost> resumable;
    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    ExpiredFormHandler(List<ResumablePost> resumable) {
        this.resumable = resumable;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Optional<String> page = denied instanceof CsrfException && "POST".equals(request.getMethod())
                ? pageFor(request.getRequestURI().substring(request.getContextPath().length())) : Optional.empty();
        Optional<UnsavedInput> input = page.flatMap(formPage -> UnsavedInput.of(formPage, request));
        if (input.isEmpty()) {
            refusal.handle(request, response, denied);
            return;
        }
        input.get().keepIn(request.getSession());
        response.sendRedirect(request.getContextPath() + (signedIn() ? page.get() : "/login?expired"));
    }

    private Optional<String> pageFor(String path) {
        return resumable.stream().flatMap(post -> post.pageFor(path).stream()).findFirst();
    }

    private boolean signedIn() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !trust.isAnonymous(user);
    }
}
