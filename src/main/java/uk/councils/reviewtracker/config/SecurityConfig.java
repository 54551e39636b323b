package uk.councils.reviewtracker.config;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.councils.reviewtracker.common.DatabaseOutage;
import uk.councils.reviewtracker.common.web.ResumablePost;
import uk.councils.reviewtracker.common.web.DatabaseOutageFilter;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignInThrottle;
import uk.councils.reviewtracker.users.SignInThrottledException;
import uk.councils.reviewtracker.users.SignedInUser;

/**
 * Who may reach what. Every page needs a signed-in user; what each role may change is checked again on the
 * controller methods ({@code @PreAuthorize}) so no page can be forgotten.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String OUTAGE = "database-outage";

    /**
     * The JSON API for scripts: HTTP Basic on every request, no session and so no CSRF token (a browser never
     * sends Basic credentials it was not given); the same roles as the pages, the same request log, and headers
     * that let a browser do nothing with an answer but read it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http
            .securityMatcher("/api/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.MANAGER.name()))
            .httpBasic(basic -> basic.realmName("Safeguarding review tracker API"))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .addFilterAfter(new RequestLogFilter(), SecurityContextHolderFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.API_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Health is open (load balancers ask for it). Prometheus metrics are open on the separate management port, which
     * only the internal network reaches; on the main port they, like every other actuator endpoint, need ADMIN.
     */
    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ManagementPort managementPort,
                                            List<ResumablePost> resumablePosts) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/assets/**", "/webjars/**", "/css/**", "/js/**", "/icons/**", "/favicon.ico").permitAll()
                .requestMatchers("/login", "/error", "/accessibility").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(managementPort::matches).permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").successHandler(new SignInSuccessHandler()).permitAll()
                .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                        + (exception instanceof SignInThrottledException ? "/login?wait" : "/login?error"))))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenHandler()))
            .exceptionHandling(refusals -> refusals.accessDeniedHandler(new ExpiredFormHandler(resumablePosts)))
            .addFilterAfter(new RequestLogFilter(), SecurityContextHolderFilter.class)
            .headers(SecurityHeaders::forPages);
        return http.build();
    }

    /**
     * The "service unavailable" page shown while the database is down ({@link DatabaseOutageFilter}): served
     * without the session, the CSRF token or the signed-in user, which all live in the database, and with the
     * headers of every page.
     */
    @Bean
    @Order(0)
    SecurityFilterChain databaseOutageFilterChain(HttpSecurity http) throws Exception {
        /* Anonymous, and without the usual details, which ask for the session (a database lookup). */
        AnonymousAuthenticationFilter anonymous = new AnonymousAuthenticationFilter(OUTAGE);
        anonymous.setAuthenticationDetailsSource(request -> null);
        http
            .securityMatcher(DatabaseOutageFilter::isAnswering)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .anonymous(anonymousUser -> anonymousUser.key(OUTAGE).authenticationFilter(anonymous))
            .sessionManagement(session -> session.disable())
            .logout(logout -> logout.disable())
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(SecurityHeaders::forPages);
        return http.build();
    }

    /**
     * A request Spring Security's firewall rejects (an encoded "%", ";" or "//" in the path...) is a 400 with the
     * headers every page carries, which the error page it leads to would otherwise lack.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            SecurityHeaders.addTo(response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /**
     * Checks passwords against the users table, once the throttle lets the attempt through. The principal kept in
     * the session (stored in the database, so any instance can read it) is the signed-in user without their
     * password hash.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                     SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            public Authentication authenticate(Authentication attempt) {
                throttle.check(attempt);
                try {
                    return super.authenticate(attempt);
                } catch (InternalAuthenticationServiceException failure) {
                    if (DatabaseOutage.causedBy(failure)) {
                        // Not a wrong password: the database is down, which is answered 503.
                        throw new DataAccessResourceFailureException("Cannot check the password", failure);
                    }
                    throw failure;
                }
            }

            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                                 UserDetails user) {
                Object kept = principal instanceof SignedInUser signedIn ? signedIn.withoutPassword() : principal;
                return super.createSuccessAuthentication(kept, authentication, user);
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
