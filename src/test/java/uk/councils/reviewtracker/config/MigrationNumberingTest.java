package uk.councils.reviewtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A new migration is numbered above every released one: Flyway's validation refuses, on a database that already
 * has V55, a V8 that appeared later ("detected resolved migration not applied to database"), so the gap between
 * V7 and V30 is not free. Add a version to {@link #RELEASED} when its migration lands on main. Migrations are read
 * from db/migration and from db/vendor/{postgresql,h2}, which share the numbering.
 */
class MigrationNumberingTest {

    static final List<MigrationVersion> RELEASED = Arrays.stream(new String[] {
            "1", "2", "3", "4", "5", "6", "7", "30", "33", "34", "45", "55", "56", "59", "60"}).map(MigrationVersion::fromVersion).toList();
    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

    @Test
    void everyNewMigrationIsNumberedAboveTheReleasedOnes() throws IOException {
        MigrationVersion highestReleased = RELEASED.stream().max(MigrationVersion::compareTo).orElseThrow();
        assertThat(migrationVersions()).filteredOn(version -> !RELEASED.contains(version))
                .allSatisfy(version -> assertThat(version).as("a new migration's version")
                        .isGreaterThan(highestReleased));
    }

    @Test
    void everyReleasedMigrationIsStillThere() throws IOException {
        assertThat(migrationVersions()).containsAll(RELEASED);
    }

    static List<MigrationVersion> migrationVersions() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*.sql");
        return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull).map(VERSIONED::matcher)
                .filter(Matcher::matches).map(matcher -> MigrationVersion.fromVersion(matcher.group(1).replace('_', '.')))
                .toList();
    }
}
