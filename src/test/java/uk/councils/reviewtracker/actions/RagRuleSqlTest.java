package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * The RAG rule in SQL ({@link RagRule.InSql}) gives the answers of the rule in Java for every combination of status,
 * target date, last update and creation around each threshold, on PostgreSQL.
 */
@IntegrationTest
class RagRuleSqlTest {

    /** Late evening in London in summer: the council's day is not the UTC day. */
    private static final Instant NOW = Instant.parse("2026-07-15T23:30:00Z");
    private static final int INTERVAL_WEEKS = 8;

    @Autowired
    DataSource dataSource;

    private final RagRule rule = new RagRule(Clock.fixed(NOW, ZoneId.of("Europe/London")), new RagProperties(30, 60));

    @Test
    void theRuleInSqlAgreesWithTheRuleInJava() {
        List<Facts> all = generated();
        RagRule.InSql sql = rule.inSql();
        MapSqlParameterSource parameters = new MapSqlParameterSource(sql.parameters(INTERVAL_WEEKS));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Facts facts = all.get(i);
            rows.add("(" + i + ", CAST(:s" + i + " AS VARCHAR(30)), CAST(:t" + i + " AS DATE), CAST(:l" + i
                    + " AS TIMESTAMP WITH TIME ZONE), CAST(:c" + i + " AS TIMESTAMP WITH TIME ZONE))");
            parameters.addValue("s" + i, facts.status().name()).addValue("t" + i, facts.target())
                    .addValue("l" + i, facts.last() == null ? null : facts.last().atOffset(ZoneOffset.UTC))
                    .addValue("c" + i, facts.created().atOffset(ZoneOffset.UTC));
        }
        List<int[]> answers = new NamedParameterJdbcTemplate(dataSource).query("SELECT n, " + sql.group("a") + ", "
                + sql.rag("a") + ", " + sql.stale("a") + " FROM (VALUES " + String.join(", ", rows)
                + ") AS a(n, status, target_date, last_progress_at, created_at) ORDER BY n", parameters,
                (row, number) -> new int[] {row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)});

        assertThat(answers).hasSize(all.size());
        assertThat(all.size()).isGreaterThan(1_000);
        List<RatedFacts> inJava = rule.assess(all.stream().map(facts -> new ActionFacts(1L, 1L, facts.status(),
                facts.target(), facts.last(), facts.created(), INTERVAL_WEEKS)).toList());
        for (int[] answer : answers) {
            Facts facts = all.get(answer[0]);
            RatedFacts java = inJava.get(answer[0]);
            assertThat(ActionGroup.values()[answer[1]]).as("group of %s", facts).isEqualTo(java.group());
            assertThat(Rag.values()[answer[2]]).as("rating of %s", facts).isEqualTo(java.rag());
            assertThat(answer[3] == 1).as("staleness of %s", facts).isEqualTo(java.stale());
        }
    }

    /** Every status with target dates, last updates and creation times on, just before and just after each edge. */
    private static List<Facts> generated() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("Europe/London"));
        List<LocalDate> targets = new ArrayList<>(Arrays.asList((LocalDate) null));
        for (long days : new long[] {-400, -2, -1, 0, 1, 29, 30, 31, 90}) {
            targets.add(today.plusDays(days));
        }
        targets.add(LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(30));
        List<Instant> lasts = new ArrayList<>(Arrays.asList((Instant) null));
        Duration quiet = Duration.ofDays(60);
        Duration stale = Duration.ofDays(INTERVAL_WEEKS * 7L);
        for (Duration ago : new Duration[] {Duration.ZERO, quiet.minusSeconds(1), quiet, quiet.plusSeconds(1),
            stale.minusSeconds(1), stale, stale.plusSeconds(1), Duration.ofDays(700)}) {
            lasts.add(NOW.minus(ago));
        }
        List<Instant> created = List.of(NOW.minus(stale).minusSeconds(1), NOW.minus(stale), NOW.minusSeconds(60));
        List<Facts> all = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            for (LocalDate target : targets) {
                for (Instant last : lasts) {
                    for (Instant made : created) {
                        all.add(new Facts(status, target, last, made));
                    }
                }
            }
        }
        return all;
    }

    private record Facts(ActionStatus status, LocalDate target, Instant last, Instant created) {
    }
}
