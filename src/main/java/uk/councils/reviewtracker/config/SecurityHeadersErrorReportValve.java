package uk.councils.reviewtracker.config;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report (a request line it cannot parse, an invalid URI, a request Spring Security's firewall
 * rejected), with the headers every page carries. Like Spring Boot's, it shows neither the report nor the server.
 */
class SecurityHeadersErrorReportValve extends ErrorReportValve {

    SecurityHeadersErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() >= 400 && !response.isCommitted()) {
            SecurityHeaders.addTo(response);
        }
        super.report(request, response, throwable);
    }
}
