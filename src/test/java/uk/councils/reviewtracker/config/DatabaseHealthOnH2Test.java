package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.support.AppInstance;

/**
 * On the embedded H2 default, an OutOfMemoryError during a write makes H2 close the database
 * ({@code Database.shutdownImmediately}) while the pooled connections still say they are valid. Health must
 * then say DOWN, as every statement fails.
 */
class DatabaseHealthOnH2Test {

    static AppInstance app;

    @BeforeAll
    static void startOnH2() {
        app = AppInstance.start("h2-health",
                "spring.datasource.url=jdbc:h2:mem:health;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username=sa", "spring.datasource.password=");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void healthGoesDownWhenH2HasClosedTheDatabaseUnderThePool() throws Exception {
        assertThat(app.get("/actuator/health", null, Map.of("Accept", "*/*")).statusCode()).isEqualTo(200);

        try (Connection connection = app.bean(DataSource.class).getConnection()) {
            ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().shutdownImmediately();
        }

        var health = app.get("/actuator/health", null, Map.of("Accept", "*/*"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
    }
}
