package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.support.IntegrationTest;

/** The migrations run on PostgreSQL and leave the reference frameworks in place. */
@IntegrationTest
class MigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    FrameworkService frameworks;

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
    void progressUpdatesAreNeverRewritten() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer before = jdbc.queryForObject("select count(*) from progress_update", Integer.class);
        assertThat(before).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from progress_update where created_by is null",
                Integer.class)).isZero();
    }
}
