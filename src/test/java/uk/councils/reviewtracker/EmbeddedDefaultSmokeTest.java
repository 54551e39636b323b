package uk.councils.reviewtracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import uk.councils.reviewtracker.reminders.DigestJob;
import uk.councils.reviewtracker.users.UserService;

/**
 * What `./mvnw spring-boot:run` gives a new user: the embedded H2 file database with the same migrations, the
 * demo data, a sign-in page and the dashboard (whose figures are read with plain SQL). Runs on a throw-away database under target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:file:./target/smoke-h2/${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultSmokeTest {

    @LocalServerPort
    int port;
    @Autowired
    DigestJob digestJob;
    @Autowired
    StartedServer startedServer;

    /** Whether the demo administrator existed at the moment the web server started taking requests. */
    @TestConfiguration
    static class StartedServer {

        volatile boolean adminExisted;

        @EventListener
        void started(WebServerInitializedEvent event) {
            adminExisted = event.getApplicationContext().getBean(UserService.class).findByUsername("admin")
                    .isPresent();
        }
    }

    @Test
    void theEmbeddedDefaultServesSignInThenTheDemoReviewsAndTheirDashboard() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> signIn = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("Sign in");
        assertThat(signIn.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'");

        String sessionBefore = session(cookies);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> reviews = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=scrutiny&password=demo&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reviews.statusCode()).isEqualTo(200);
        assertThat(session(cookies)).as("signing in gives a new session id").isNotEqualTo(sessionBefore);
        assertThat(reviews.body()).contains("Walsall Metropolitan Borough Council", "Thurrock Council",
                "Shropshire Council");

        HttpResponse<String> portfolio = client.send(get("/dashboard"), HttpResponse.BodyHandlers.ofString());
        assertThat(portfolio.statusCode()).isEqualTo(200);
        assertThat(portfolio.body()).contains("Walsall Metropolitan Borough Council", "%</td>");
        assertThat(client.send(get("/css/app.css"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        Matcher dashboard = Pattern.compile("href=\"(/dashboard/reviews/\\d+)\"").matcher(portfolio.body());
        assertThat(dashboard.find()).isTrue();
        HttpResponse<String> review = client.send(get(dashboard.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(review.statusCode()).as("the review dashboard counts in SQL on H2 too").isEqualTo(200);
        assertThat(review.body()).contains("actions,");
        HttpResponse<String> mine = client.send(get("/my-actions?q=x"), HttpResponse.BodyHandlers.ofString());
        assertThat(mine.statusCode()).as("My actions counts and pages in SQL on H2 too").isEqualTo(200);
        assertThat(mine.body()).contains("All open (0)");

        HttpResponse<String> missing = client.send(get("/reviews/424242"), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
    }

    @Test
    void theDemoAccountsExistBeforeTheServerTakesRequests(CapturedOutput output) {
        assertThat(startedServer.adminExisted).as("the demo administrator, when the server started").isTrue();
        assertThat(output).doesNotContain("No administrator exists");
    }

    @Test
    void pagesAndStylesheetsAreCompressedForBrowsersThatAskForIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/css/app.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"}) {
            HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(uri(path))
                    .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
                assertThat(in.readAllBytes().length).as(path).isGreaterThan(plain.body().length * 9 / 10);
            }
        }
    }

    @Test
    void withoutAnSmtpServerTheDigestsAreWrittenToTheLog(CapturedOutput output) {
        assertThat(digestJob.run()).isTrue();
        assertThat(output).contains("this mail was not sent", "To: officer@example.org", "Dear Olu Officer,");
    }

    /** The session cookie: SESSION with sessions in the database, JSESSIONID otherwise. */
    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
