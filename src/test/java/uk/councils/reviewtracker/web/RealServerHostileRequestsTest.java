package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.councils.reviewtracker.support.AppInstance;

/**
 * What MockMvc cannot show: requests refused by Tomcat itself or by Spring Security's firewall, and CSRF tokens
 * decoded by the real server, answered on a real port. Every refusal is an ordinary answer with the headers every
 * page carries, and one log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class RealServerHostileRequestsTest {

    private static final List<String> TAMPERED_TOKENS = List.of("!!!not base64!!!", "AAAA", "%%%", "a".repeat(500),
            "abc=", "-_-_", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
            "\u00e9\u00e9\u00e9", rightLengthButNotUtf8());

    static AppInstance app;

    /** Decodes to the length of a real token, but XORs to bytes that are not UTF-8. */
    private static String rightLengthButNotUtf8() {
        byte[] token = new byte[72];
        Arrays.fill(token, 36, 72, (byte) 0xFF);
        return Base64.getUrlEncoder().encodeToString(token);
    }

    @BeforeAll
    static void start() {
        app = AppInstance.start("hostile");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aTamperedCsrfTokenInTheFormIsRefusedWith403AndOneLogLine(CapturedOutput output) {
        String session = app.signIn("manager", "demo");
        for (String token : TAMPERED_TOKENS) {
            int before = output.getOut().length();
            HttpResponse<String> answer = app.post("/reviews/import-letter", session, Map.of("_csrf", token));
            assertThat(answer.statusCode()).as(token).isEqualTo(403);
            assertThat(logSince(output, before)).as(token).singleElement().asString()
                    .contains("POST /reviews/import-letter 403");
        }
    }

    @Test
    void aTamperedCsrfTokenInTheHeaderIsRefusedWith403AndOneLogLine(CapturedOutput output) {
        String session = app.signIn("manager", "demo");
        for (String token : TAMPERED_TOKENS) {
            if (!token.chars().allMatch(c -> c < 128)) {
                continue;
            }
            int before = output.getOut().length();
            HttpResponse<String> answer = app.post("/reviews/import-letter", session, Map.of(),
                    Map.of("X-CSRF-TOKEN", token));
            assertThat(answer.statusCode()).as(token).isEqualTo(403);
            assertThat(logSince(output, before)).as(token).singleElement().asString()
                    .contains("POST /reviews/import-letter 403");
        }
    }

    @Test
    void requestsTheFirewallRejectsAreA400WithTheSecurityHeaders() throws IOException {
        for (String path : List.of("/reviews;x=y", "/reviews/%25", "/reviews//x", "/reviews/%2e/x")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertSecurityHeaders(path, answer);
        }
    }

    @Test
    void requestsTomcatRejectsAreA400WithTheSecurityHeaders() throws IOException {
        for (String line : List.of("GET /%2e%2e/ HTTP/1.1", "GET /re{views HTTP/1.1", "GET /a\u0001b HTTP/1.1", "GET /reviews HTTP/1.1 x",
                "GET /%zz HTTP/1.1", "GE\u0001T / HTTP/1.1")) {
            String answer = raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(line).startsWith("HTTP/1.1 400");
            assertSecurityHeaders(line, answer);
        }
    }

    @Test
    void errorsAreStyledPagesInTheLayoutNotTheContainersOwn() throws IOException {
        String session = app.signIn("officer", "demo");
        Map<String, Integer> statuses = Map.of("/actions/abc", 400, "/no-such-page", 404,
                "/actions/1/requested-target/approve", 405, "/admin/users", 403);
        statuses.forEach((path, status) -> {
            HttpResponse<String> answer = app.get(path, session);
            assertThat(answer.statusCode()).as(path).isEqualTo(status);
            assertStyledPage(path, answer.body());
        });
        String rejected = raw("GET /reviews;x=y HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertStyledPage("/reviews;x=y", rejected);
    }

    private static void assertStyledPage(String request, String page) {
        assertThat(page).as(request).contains("<html lang=\"en-GB\"", "<header class=\"govuk-header",
                " - Safeguarding review tracker</title>").doesNotContain("Whitelabel", "Exception", "HTTP Status");
    }

    private static void assertSecurityHeaders(String request, String answer) {
        String headers = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
        assertThat(headers).as(request)
                .contains("\r\ncontent-security-policy: default-src 'self'")
                .contains("\r\nx-content-type-options: nosniff")
                .contains("\r\nx-frame-options: deny")
                .contains("\r\nreferrer-policy: ");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The lines logged since {@code offset}, once the request's own line is there (it may follow the answer). */
    private static List<String> logSince(CapturedOutput output, int offset) {
        long deadline = System.currentTimeMillis() + 3_000;
        while (!output.getOut().substring(offset).contains(" 403 ") && System.currentTimeMillis() < deadline) {
            pause(20);
        }
        pause(200);
        return Arrays.stream(output.getOut().substring(offset).split("\\R")).filter(line -> !line.isBlank()).toList();
    }
}
