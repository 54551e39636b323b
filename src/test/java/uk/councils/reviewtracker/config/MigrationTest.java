package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;

/**
 * The migrations run on PostgreSQL, leave the reference frameworks in place, and make progress updates append-only:
 * neither the application nor anyone with a database connection can rewrite or delete one.
 */
@IntegrationTest
class MigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;
    @Autowired
    EntityManager entities;
    @Autowired
    PlatformTransactionManager transactionManager;

    private static final String REFUSAL = "A progress update is never rewritten or deleted";
    private TransactionTemplate transaction;

    @BeforeEach
    void transactions() {
        transaction = new TransactionTemplate(transactionManager);
    }

    @Test
    void everyMigrationIsAppliedOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theThreeReferenceFrameworksAreThereWithTheirThemesInOrder() {
        List<Framework> all = frameworks.all();
        assertThat(all).extracting(Framework::getName).contains("LGA safeguarding peer review signposts",
                "LGA safeguarding peer challenge themes", "Working Together 2018 partnership arrangements");
        Framework signposts = frameworks.findByName("LGA safeguarding peer review signposts").orElseThrow();
        assertThat(signposts.getThemes()).extracting(theme -> theme.getName()).containsExactly(
                "Legislation and Policy", "Leadership, Accountability and Culture", "Capacity and Capability",
                "Effective Practice", "Performance, Evaluation and Monitoring",
                "Local Safeguarding Children Boards and Working Together");
    }

    @Test
    void progressUpdatesAreNeverRewrittenOrDeletedThroughTheApplication() {
        Long actionId = data.action("Append-only action").ledBy(data.user(Role.OFFICER))
                .due(TargetDate.day(LocalDate.now().plusDays(30))).create().getId();
        ProgressUpdate first = actions.history(actionId).get(0);
        Map<String, Object> asWritten = row(first.getId());

        actions.recordProgress(actionId, ActionStatus.IN_PROGRESS, "Later news", "Officer", Instant.now());
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entities
                .createQuery("update ProgressUpdate p set p.note = 'Rewritten' where p.id = :id")
                .setParameter("id", first.getId()).executeUpdate()))
                .as("a query that rewrites a progress update").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            entities.remove(entities.find(ProgressUpdate.class, first.getId()));
            entities.flush();
        })).as("deleting a progress update").hasStackTraceContaining(REFUSAL);

        assertThat(actions.history(actionId)).hasSize(2);
        assertThat(row(first.getId())).isEqualTo(asWritten);
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteAProgressUpdate() {
        Long actionId = data.action("Append-only action").ledBy(data.user(Role.OFFICER))
                .due(TargetDate.day(LocalDate.now().plusDays(30))).create().getId();
        Long updateId = actions.history(actionId).get(0).getId();
        Map<String, Object> asWritten = row(updateId);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> jdbc.update("update progress_update set note = 'Rewritten' where id = ?", updateId))
                .hasMessageContaining(REFUSAL);
        assertThatThrownBy(() -> jdbc.update("delete from progress_update where id = ?", updateId))
                .hasMessageContaining(REFUSAL);
        assertThat(row(updateId)).isEqualTo(asWritten);
        assertThat(jdbc.queryForObject("select count(*) from progress_update where created_by is null",
                Integer.class)).isZero();
    }

    private Map<String, Object> row(Long progressUpdateId) {
        return new JdbcTemplate(dataSource).queryForMap("select * from progress_update where id = ?", progressUpdateId);
    }
}
