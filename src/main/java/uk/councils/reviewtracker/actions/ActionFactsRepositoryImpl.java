package uk.councils.reviewtracker.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/**
 * Plain SQL, row by row into {@link ActionFacts}: the portfolio reads every open action, and turning ten thousand
 * rows into objects through the ORM took several times longer than the query itself.
 */
class ActionFactsRepositoryImpl implements ActionFactsRepository {

    private static final String FACTS = "SELECT a.id, r.review_id, a.status, a.target_date, a.last_progress_at, "
            + "a.created_at, rv.reporting_interval_weeks FROM improvement_action a "
            + "JOIN recommendation r ON r.id = a.recommendation_id JOIN review rv ON rv.id = r.review_id "
            + "WHERE rv.status <> ?";

    private final JdbcTemplate jdbc;

    ActionFactsRepositoryImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionFacts> findFactsOfReviewsNotIn(ReviewStatus excluded) {
        return jdbc.query(FACTS, (row, number) -> new ActionFacts(row.getLong(1), row.getLong(2),
                ActionStatus.valueOf(row.getString(3)), row.getObject(4, LocalDate.class), instant(row, 5),
                instant(row, 6), row.getInt(7)), excluded.name());
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
