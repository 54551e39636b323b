package uk.councils.reviewtracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One person at a browser: their own cookies (so their own session), signing in and sending forms as pages do. */
final class BenchmarkClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient http;
    private String csrf;

    BenchmarkClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** Signs in through the form, as a browser does: the sign-in page first for its CSRF token. */
    BenchmarkClient signIn(String username, String password) {
        get("/login");
        Response response = post("/login", Map.of("username", username, "password", password));
        String location = response.header("Location");
        if (response.status() != 302 || location == null || location.contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + response.status() + " "
                    + location);
        }
        return this;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build());
    }

    /** Posts a form with the CSRF token of the last page read, as that page's form would. */
    Response post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A request that times out answers status 0 after the time it waited, so that it counts as an error. */
    private Response send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            String type = response.headers().firstValue("Content-Type").orElse("");
            String text = type.startsWith("text/html") ? new String(response.body(), StandardCharsets.UTF_8) : "";
            Matcher token = CSRF.matcher(text);
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Response(response.statusCode(), text, response.body().length, response.headers().map(),
                    nanos);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Response(0, "", 0, Map.of(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Response(int status, String html, int bytes, Map<String, java.util.List<String>> headers, long nanos) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
