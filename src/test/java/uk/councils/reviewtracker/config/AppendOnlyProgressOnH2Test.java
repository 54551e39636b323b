package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded H2 default refuses to rewrite or delete a progress update too, through its Java trigger (V60). */
class AppendOnlyProgressOnH2Test {

    @Test
    void h2RefusesToRewriteOrDeleteAProgressUpdate() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:append-only;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
        jdbc.update("insert into progress_update (id, action_id, new_status, note, author_name, recorded_at, "
                + "created_at, created_by, modified_at, modified_by) values (1, 1, 'IN_PROGRESS', 'As written', "
                + "'Officer', current_timestamp, current_timestamp, 'officer', current_timestamp, 'officer')");

        assertThatThrownBy(() -> jdbc.update("update progress_update set note = 'Rewritten' where id = 1"))
                .hasMessageContaining("A progress update is never rewritten or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from progress_update where id = 1"))
                .hasMessageContaining("A progress update is never rewritten or deleted");
        assertThat(jdbc.queryForObject("select note from progress_update where id = 1", String.class))
                .isEqualTo("As written");
        jdbc.execute("SHUTDOWN");
    }
}
