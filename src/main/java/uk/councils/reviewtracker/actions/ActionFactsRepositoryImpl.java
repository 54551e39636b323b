package uk.councils.reviewtracker.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/**
 * Plain SQL: the portfolio reads every open action row by row into {@link ActionFacts} (turning ten thousand rows
 * into objects through the ORM took several times longer than the query itself), and lists of thousands of actions
 * are counted and paged in the database with the RAG rule written as SQL ({@link RagRule.InSql}).
 */
class ActionFactsRepositoryImpl implements ActionFactsRepository {

    private static final String FACTS = "SELECT a.id, r.review_id, a.status, a.target_date, a.last_progress_at, "
            + "a.created_at, rv.reporting_interval_weeks FROM improvement_action a "
            + "JOIN recommendation r ON r.id = a.recommendation_id JOIN review rv ON rv.id = r.review_id "
            + "WHERE rv.status <> ?";
    /** A lead's actions alone (no join: the filters that need the recommendation ask for it in a subquery). */
    private static final String LED_BY = " FROM improvement_action a WHERE a.lead_officer_id = :lead";
    private static final String OF_REVIEW = " FROM improvement_action a JOIN recommendation r "
            + "ON r.id = a.recommendation_id WHERE r.review_id = :review";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ActionFactsRepositoryImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public List<ActionFacts> findFactsOfReviewsNotIn(ReviewStatus excluded) {
        return jdbc.query(FACTS, (row, number) -> new ActionFacts(row.getLong(1), row.getLong(2),
                ActionStatus.valueOf(row.getString(3)), row.getObject(4, LocalDate.class), instant(row, 5),
                instant(row, 6), row.getInt(7)), excluded.name());
    }

    @Override
    public Map<Rag, Long> countRatingsLedBy(Long userId, ActionFilter filter, RagRule.InSql rule) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(rule.parameters()).addValue("lead", userId);
        Map<Rag, Long> counts = new EnumMap<>(Rag.class);
        named.query("SELECT rag, count(*) FROM (SELECT " + rule.rag("a") + " AS rag" + LED_BY
                + where(filter, parameters) + ") t GROUP BY rag", parameters, row -> {
                    counts.put(Rag.values()[row.getInt(1)], row.getLong(2));
                });
        return counts;
    }

    @Override
    public List<Long> findIdsLedBy(Long userId, ActionFilter filter, Rag rag, RagRule.InSql rule,
                                   Pageable pageable) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(rule.parameters()).addValue("lead", userId)
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        String rated = rag == null ? " <> " + Rag.COMPLETE.ordinal() : " = " + rag.ordinal();
        return named.queryForList("SELECT id FROM (SELECT a.id, a.target_date, " + rule.rag("a") + " AS rag"
                + LED_BY + where(filter, parameters) + ") t WHERE rag" + rated + " ORDER BY " + tabOrder()
                + ", target_date NULLS LAST, id LIMIT :limit OFFSET :offset", parameters, Long.class);
    }

    /** The rating column {@code rag} as its place among My actions' tabs. */
    private static String tabOrder() {
        StringBuilder order = new StringBuilder("CASE rag");
        for (int i = 0; i < LedActions.TABS.size(); i++) {
            order.append(" WHEN ").append(LedActions.TABS.get(i).ordinal()).append(" THEN ").append(i);
        }
        return order.append(" END").toString();
    }

    @Override
    public List<ActionTally> tallyReview(Long reviewId, RagRule.InSql rule, int reportingIntervalWeeks) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(rule.parameters(reportingIntervalWeeks))
                .addValue("review", reviewId);
        return named.query("SELECT recommendation_id, rag, g, stale, count(*) FROM (SELECT a.recommendation_id, "
                + rule.rag("a") + " AS rag, " + rule.group("a") + " AS g, " + rule.stale("a") + " AS stale"
                + OF_REVIEW + ") t GROUP BY recommendation_id, rag, g, stale", parameters,
                (row, number) -> new ActionTally(row.getLong(1), Rag.values()[row.getInt(2)],
                        row.getInt(3) == ActionGroup.OVERDUE.ordinal(), row.getInt(4) == 1, row.getInt(5)));
    }

    @Override
    public List<Long> findIdsOfReviewRated(Long reviewId, Rag rag, RagRule.InSql rule, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(rule.parameters())
                .addValue("review", reviewId).addValue("rag", rag.ordinal()).addValue("limit", limit);
        return named.queryForList("SELECT id FROM (SELECT a.id, r.position AS rp, a.position AS ap, " + rule.rag("a")
                + " AS rag" + OF_REVIEW + ") t WHERE rag = :rag ORDER BY rp, ap, id LIMIT :limit", parameters,
                Long.class);
    }

    /** The filter's conditions, each with its parameter. */
    private static String where(ActionFilter filter, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.reviewId() != null) {
            where.append(" AND a.recommendation_id IN (SELECT id FROM recommendation WHERE review_id = :review)");
            parameters.addValue("review", filter.reviewId());
        }
        if (filter.themeId() != null) {
            where.append(" AND a.recommendation_id IN (SELECT rf.recommendation_id FROM recommendation_finding rf "
                    + "JOIN finding f ON f.id = rf.finding_id WHERE f.theme_id = :theme)");
            parameters.addValue("theme", filter.themeId());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            parameters.addValue("status", filter.status().name());
        }
        if (filter.agencyId() != null) {
            where.append(" AND a.lead_agency_id = :agency");
            parameters.addValue("agency", filter.agencyId());
        }
        if (filter.dueBefore() != null) {
            where.append(" AND a.target_date < :dueBefore");
            parameters.addValue("dueBefore", filter.dueBefore());
        }
        if (filter.words() != null) {
            where.append(" AND (LOWER(a.text) LIKE :words ESCAPE '!' OR LOWER(a.outcome) LIKE :words ESCAPE '!' "
                    + "OR a.recommendation_id IN (SELECT id FROM recommendation WHERE LOWER(text) LIKE :words "
                    + "ESCAPE '!' OR LOWER(ref) LIKE :words ESCAPE '!'))");
            parameters.addValue("words", "%" + filter.words().toLowerCase(java.util.Locale.UK)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return where.toString();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
