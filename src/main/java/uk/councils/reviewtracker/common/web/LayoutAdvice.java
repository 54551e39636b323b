package uk.councils.reviewtracker.common.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout shows on every page. */
@ControllerAdvice
class LayoutAdvice {

    private final String serviceName;
    private final ZoneId ukZone;
    private final long sessionTimeoutSeconds;

    LayoutAdvice(@Value("${app.service-name}") String serviceName, Clock clock,
                 @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout) {
        this.serviceName = serviceName;
        this.ukZone = clock.getZone();
        this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
    }

    /** How long a session lasts without a request, for the warning shown before it ends. */
    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return sessionTimeoutSeconds;
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
