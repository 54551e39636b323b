package uk.councils.reviewtracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Tests run on real PostgreSQL, found as {@link TestDatabase} says. */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(TestDatabase.UseContainer.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:15-alpine");
    }

    @Bean
    @Conditional(TestDatabase.UseGivenOrEmbedded.class)
    DynamicPropertyRegistrar givenOrEmbeddedPostgres() {
        return registry -> TestDatabase.connection().forEach((name, value) -> registry.add(name, () -> value));
    }
}
