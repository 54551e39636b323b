package uk.councils.reviewtracker.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The separate management port, when {@code management.server.port} sets one: learnt from the management server
 * as it starts, so a random port (0) works as well. Requests on it reach only health and Prometheus metrics, and
 * the port is meant for the internal network, never published through the reverse proxy.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private static final String MANAGEMENT = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (MANAGEMENT.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
