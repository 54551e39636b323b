package uk.councils.reviewtracker.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final String govukVersion;

    WebConfig(@Value("${app.govuk-frontend-version}") String govukVersion) {
        this.govukVersion = govukVersion;
    }

    /** GOV.UK Frontend's CSS asks for its fonts and images at /assets/. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/");
    }
}
