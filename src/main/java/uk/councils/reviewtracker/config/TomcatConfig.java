package uk.councils.reviewtracker.config;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's error report valve is ours ({@link SecurityHeadersErrorReportValve}): it replaces the one Spring Boot
 * adds, and the host is told its class so that Tomcat does not add its own default beside it.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(SecurityHeadersErrorReportValve.class.getName());
            }
            for (Valve valve : context.getParent().getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    context.getParent().getPipeline().removeValve(valve);
                }
            }
            context.getParent().getPipeline().addValve(new SecurityHeadersErrorReportValve());
        });
    }
}
