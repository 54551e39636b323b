package uk.councils.reviewtracker.config;

import java.util.Set;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.councils.reviewtracker.users.Role;

/**
 * Who is looking at the page, for the layout's header and menu: decided once per page with the role hierarchy,
 * as {@code sec:authorize="hasRole(...)"} would, instead of parsing and evaluating a security expression for each of
 * the layout's six signed-in-only parts (a twentieth of every page's CPU).
 */
@ControllerAdvice
class ViewerAdvice {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final RoleHierarchy roles;

    ViewerAdvice(RoleHierarchy roles) {
        this.roles = roles;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!TRUST.isAuthenticated(authentication)) {
            return Viewer.SIGNED_OUT;
        }
        Set<String> reached = AuthorityUtils.authorityListToSet(
                roles.getReachableGrantedAuthorities(authentication.getAuthorities()));
        return new Viewer(true, reached.contains(Role.OFFICER.authority()), reached.contains(Role.ADMIN.authority()));
    }

    /** Whether someone is signed in, and whether they have (at least) an officer's or an administrator's role. */
    record Viewer(boolean signedIn, boolean officer, boolean admin) {

        static final Viewer SIGNED_OUT = new Viewer(false, false, false);
    }
}
