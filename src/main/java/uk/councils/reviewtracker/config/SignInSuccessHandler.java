package uk.councils.reviewtracker.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import uk.councils.reviewtracker.common.web.UnsavedInput;

/**
 * After signing in: back to the form whose input was kept when the session ended ({@link ExpiredFormHandler}),
 * otherwise to the page asked for before signing in, otherwise home.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    SignInSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        Optional<String> unsaved = UnsavedInput.pageKeptIn(request.getSession(false));
        if (unsaved.isPresent()) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, unsaved.get());
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
