package uk.councils.reviewtracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.councils.reviewtracker.common.web.DatetimeAttribute;
import uk.councils.reviewtracker.common.web.FormErrors;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.SignedInUser;

/**
 * A web slice: the named controllers with the application's filters, advice, messages and views (and the two beans
 * views call, {@code @formErrors} and {@code @datetime}), the services they
 * call replaced by {@code @MockitoBean}s, no database and no demo data. For a controller's binding, validation,
 * error messages and views; who may open which page is for the integration tests through the real security chain
 * ({@code AuthorisationMatrixTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({WebSlice.Beans.class, FormErrors.class, DatetimeAttribute.class})
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    /** Sliced requests' sign-in. */
    final class SignedIn {

        private SignedIn() {
        }

        /** An invented person of that role, as the principal the layout and controllers read. */
        public static RequestPostProcessor as(Role role) {
            return SecurityMockMvcRequestPostProcessors.user(new SignedInUser(1L,
                    "slice-" + role.name().toLowerCase(Locale.UK), "Sam Slice", role, null, null, true));
        }
    }

    /** What the filters and advice of every page need, which the slice does not create. */
    @TestConfiguration(proxyBeanMethods = false)
    class Beans {

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Europe/London"));
        }

        /** The roles' hierarchy, as the security configuration (which a slice does not load) declares it. */
        @Bean
        static RoleHierarchy roleHierarchy() {
            return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
        }

        @Bean
        MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
            return new MessageSourceAccessor(messageSource, Locale.UK);
        }
    }
}
