package uk.councils.reviewtracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.postgresql.PostgreSQLContainer;
import uk.councils.reviewtracker.ReviewTrackerApplication;

/**
 * One running instance of the whole application on a random port, on the test PostgreSQL database and the test
 * SMTP server, as a load balancer would see it: several can run side by side on the same database. Requests carry
 * a session cookie given by the caller, so a session opened on one instance can be presented to another.
 */
public final class AppInstance implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static PostgreSQLContainer container;

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts an instance named {@code name}; {@code extra} are more properties as "name=value", which win over the
     * test database's (a property given twice on the command line would be read as both values joined by a comma).
     */
    public static AppInstance start(String name, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.instance-name=" + name,
                "--app.demo-data=always", "--app.reminders.cron=-", "--spring.main.banner-mode=off",
                "--spring.mail.host=" + TestMailServer.host(), "--spring.mail.port=" + TestMailServer.port()));
        Map<String, String> properties = new LinkedHashMap<>(database());
        for (String property : extra) {
            int equals = property.indexOf('=');
            properties.put(property.substring(0, equals), property.substring(equals + 1));
        }
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new AppInstance(new SpringApplicationBuilder(ReviewTrackerApplication.class, Fixtures.class)
                .run(args.toArray(String[]::new)));
    }

    /** The JDBC URL of the test database the instances use. */
    public static String databaseUrl() {
        return database().get("spring.datasource.url");
    }

    private static synchronized Map<String, String> database() {
        if (TestDatabase.useContainer()) {
            if (container == null) {
                container = new PostgreSQLContainer("postgres:15-alpine");
                container.start();
            }
            return Map.of("spring.datasource.url", container.getJdbcUrl(),
                    "spring.datasource.username", container.getUsername(),
                    "spring.datasource.password", container.getPassword());
        }
        return TestDatabase.connection();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public int managementPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
    }

    /** Signs in and returns the session cookie value. */
    public String signIn(String username, String password) {
        HttpResponse<String> page = get("/login", null);
        String session = session(page, null);
        HttpResponse<String> signedIn = post("/login", session, Map.of("username", username, "password", password,
                "_csrf", csrf(page)));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode());
        }
        return session(signedIn, session);
    }

    public HttpResponse<String> get(String path, String session) {
        return send(request(port(), path, session).GET().build());
    }

    /** A GET with more request headers (they replace the defaults of the same name). */
    public HttpResponse<String> get(String path, String session, Map<String, String> headers) {
        HttpRequest.Builder request = request(port(), path, session);
        headers.forEach(request::setHeader);
        return send(request.GET().build());
    }

    /** As a monitoring system asks: no session, any content type. */
    public HttpResponse<String> getOnManagementPort(String path) {
        return send(request(managementPort(), path, null).setHeader("Accept", "*/*").GET().build());
    }

    public HttpResponse<String> post(String path, String session, Map<String, String> form) {
        return post(path, session, form, Map.of());
    }

    /** A form post with more request headers. */
    public HttpResponse<String> post(String path, String session, Map<String, String> form,
                                     Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(port(), path, session)
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token of a page's form. */
    public static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    /** The session cookie a response set, or the one the request had. */
    public static String session(HttpResponse<String> response, String current) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).reduce((first, last) -> last).orElse(current);
    }

    private HttpRequest.Builder request(int port, String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        return session == null ? builder : builder.header("Cookie", "SESSION=" + session);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
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

    @Override
    public void close() {
        context.close();
    }
}
