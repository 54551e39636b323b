package uk.councils.reviewtracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Tests run on real PostgreSQL. Where TEST_DATABASE_URL is set (CI, this machine: see .ci/run) they use that
 * server; otherwise, where Docker runs, a Testcontainers PostgreSQL; otherwise the local server's
 * reviewtracker_test database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/reviewtracker_test";

    @Bean
    @ServiceConnection
    @Conditional(TestDatabase.UseContainer.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:15-alpine");
    }

    @Bean
    @Conditional(TestDatabase.UseLocalServer.class)
    DynamicPropertyRegistrar localPostgres() {
        return registry -> {
            registry.add("spring.datasource.url", () -> TestDatabase.env("TEST_DATABASE_URL", DEFAULT_URL));
            registry.add("spring.datasource.username", () -> TestDatabase.env("TEST_DATABASE_USERNAME", "reviewtracker"));
            registry.add("spring.datasource.password", () -> TestDatabase.env("TEST_DATABASE_PASSWORD", "reviewtracker"));
        };
    }
}
