package uk.councils.reviewtracker.common.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout shows on every page. */
@ControllerAdvice
class LayoutAdvice {

    private final String serviceName;
    private final ZoneId ukZone;

    LayoutAdvice(@Value("${app.service-name}") String serviceName, Clock clock) {
        this.serviceName = serviceName;
        this.ukZone = clock.getZone();
    }

    /** Times are stored as instants and shown in UK local time. */
    @ModelAttribute("ukZone")
    ZoneId ukZone() {
        return ukZone;
    }

    @ModelAttribute("serviceName")
    String serviceName() {
        return serviceName;
    }
}
