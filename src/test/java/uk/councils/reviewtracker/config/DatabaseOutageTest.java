package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.support.AppInstance;
import uk.councils.reviewtracker.support.CuttableProxy;

/**
 * The database goes away under a running instance (here: the test cuts a proxy between the pool and PostgreSQL).
 * Pages and the API answer "service unavailable" within a few seconds, with the usual security headers, health
 * goes DOWN, and once the database is back the next request is served as normal.
 */
class DatabaseOutageTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final Map<String, String> AS_MONITOR = Map.of("Accept", "*/*");

    static CuttableProxy proxy;
    static AppInstance app;

    @BeforeAll
    static void startBehindAProxy() {
        URI database = URI.create(AppInstance.databaseUrl().substring("jdbc:".length()));
        proxy = new CuttableProxy(database.getHost(), database.getPort());
        String throughProxy = "jdbc:" + database.getScheme() + "://127.0.0.1:" + proxy.port()
                + database.getRawPath() + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
        app = AppInstance.start("outage", "spring.datasource.url=" + throughProxy);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownEveryAnswerIsAQuick503AndOnceItIsBackPagesAreNormal() {
        String session = app.signIn("manager", "demo");
        assertThat(app.get("/reviews", session).statusCode()).isEqualTo(200);
        assertThat(app.get("/actuator/health", null, AS_MONITOR).statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            HttpResponse<String> page = timed(() -> app.get("/reviews", session));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Sorry, the service is unavailable").contains("govuk-header")
                    .doesNotContain("Sign out");
            assertPageHeaders(page);

            HttpResponse<String> signIn = timed(() -> app.get("/login", null));
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body()).contains("Sorry, the service is unavailable");
            assertPageHeaders(signIn);

            HttpResponse<String> api = timed(() -> app.get("/api/reviews", null, Map.of("Accept", "application/json",
                    "Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "manager:demo".getBytes(StandardCharsets.UTF_8)))));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(api.body()).contains("\"status\":503");
            assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

            HttpResponse<String> health = timed(() -> app.get("/actuator/health", null, AS_MONITOR));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");
        } finally {
            proxy.restore();
        }

        // The pool may still be waiting out a connection attempt made during the cut: the service is back once it
        // has a connection again (seconds, not a restart), and the session kept in the database is still good.
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.get("/actuator/health", null, AS_MONITOR).statusCode() != 200 && System.nanoTime() < giveUp) {
            sleep(Duration.ofMillis(250));
        }
        assertThat(app.get("/reviews", session).statusCode()).isEqualTo(200);
        assertThat(app.get("/actuator/health", null, AS_MONITOR).statusCode()).isEqualTo(200);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("Outage answer " + response.statusCode() + " " + response.uri().getPath() + " in "
                + took.toMillis() + " ms");
        assertThat(took).as(response.uri().getPath()).isLessThan(QUICKLY);
        return response;
    }

    private static void assertPageHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }
}
