package uk.councils.reviewtracker.support;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/** Decides once per JVM where the test PostgreSQL is. */
final class TestDatabase {

    private static final boolean USE_CONTAINER = System.getenv("TEST_DATABASE_URL") == null && dockerRuns();

    private TestDatabase() {
    }

    static boolean useContainer() {
        return USE_CONTAINER;
    }

    static String env(String name, String fallback) {
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
            return USE_CONTAINER;
        }
    }

    static final class UseLocalServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !USE_CONTAINER;
        }
    }
}
