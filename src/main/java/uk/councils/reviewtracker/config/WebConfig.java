package uk.councils.reviewtracker.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import uk.councils.reviewtracker.common.web.DatabaseOutageFilter;

/**
 * Static files, each under its own path. Boot's catch-all mapping of {@code /**} to the static folders is off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page built was looked up on the
 * classpath as a possible static file (to add a version to it), which cost more than the rest of the page.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final String govukVersion;

    WebConfig(@Value("${app.govuk-frontend-version}") String govukVersion) {
        this.govukVersion = govukVersion;
    }

    /** While the database is down, every request answers 503: outermost of all filters, before the session's. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
                new DatabaseOutageFilter(SecurityHeaders::addTo, SecurityHeaders::addApiTo));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The "service unavailable" page is rendered without the session, which lives in the unreachable database. */
    @Bean
    FilterRegistrationBean<Filter> outagePageWithoutSession() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(DatabaseOutageFilter.withoutSession());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        /* Pages ask for GOV.UK Frontend without its version; links get the version of the WebJar in use. */
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        /* The service's own icons: GOV.UK Frontend's are the crown, which is for services on GOV.UK only. */
        registry.addResourceHandler("/favicon.ico", "/icons/**").addResourceLocations("classpath:/static/icons/");
        /* GOV.UK Frontend's CSS asks for its fonts and images at /assets/. */
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/");
    }
}
