package uk.councils.reviewtracker.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.councils.reviewtracker.common.web.Option;
import uk.councils.reviewtracker.reviews.Review;

/**
 * The filter's options as ids and names in one plain SQL query. Read as entities (every review with its council
 * and framework, every framework with its themes, every agency) they were most of the entities My actions loaded
 * and a fifth of its CPU, to show a few names.
 */
@Repository
class FilterOptionsRepository {

    private static final int REVIEW = 1;
    private static final int THEME = 2;
    private static final String OPTIONS = "SELECT 1 AS kind, rv.id, o.name AS label, rv.title, rv.fieldwork_start, "
            + "rv.fieldwork_end, rv.letter_date, rv.fieldwork_dates, "
            + "ROW_NUMBER() OVER (ORDER BY rv.letter_date DESC NULLS LAST, rv.id DESC) AS place "
            + "FROM review rv JOIN organisation o ON o.id = rv.organisation_id "
            + "UNION ALL SELECT 2, t.id, t.name, " + noText() + ", ROW_NUMBER() OVER (ORDER BY f.name, t.position) "
            + "FROM theme t JOIN framework f ON f.id = t.framework_id "
            + "UNION ALL SELECT 3, a.id, a.name, " + noText() + ", ROW_NUMBER() OVER (ORDER BY a.name) FROM agency a "
            + "ORDER BY kind, place";

    private final JdbcTemplate jdbc;

    FilterOptionsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    FilterOptions all() {
        List<Option> reviews = new ArrayList<>();
        List<Option> themes = new ArrayList<>();
        List<Option> agencies = new ArrayList<>();
        jdbc.query(OPTIONS, row -> {
            long id = row.getLong(2);
            String label = row.getString(3);
            switch (row.getInt(1)) {
                case REVIEW -> reviews.add(new Option(id, Review.displayName(label, row.getString(4),
                        row.getObject(5, LocalDate.class), row.getObject(6, LocalDate.class),
                        row.getObject(7, LocalDate.class), row.getString(8))));
                case THEME -> themes.add(new Option(id, label));
                default -> agencies.add(new Option(id, label));
            }
        });
        return new FilterOptions(List.copyOf(reviews), List.copyOf(themes), List.copyOf(agencies));
    }

    /** The review columns of a row that is not a review. */
    private static String noText() {
        return "CAST(NULL AS VARCHAR(300)), CAST(NULL AS DATE), CAST(NULL AS DATE), CAST(NULL AS DATE), "
                + "CAST(NULL AS VARCHAR(500))";
    }
}
