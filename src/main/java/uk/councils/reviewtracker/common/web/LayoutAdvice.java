package uk.councils.reviewtracker.common.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout shows on every page. */
@ControllerAdvice
class LayoutAdvice {

    private final String serviceName;

    LayoutAdvice(@Value("${app.service-name}") String serviceName) {
        this.serviceName = serviceName;
    }

    @ModelAttribute("serviceName")
    String serviceName() {
        return serviceName;
    }
}
