package uk.councils.reviewtracker.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * Benchmark, not a test: prints how long a 2,000-row plan takes to upload and preview, and to import, on
 * PostgreSQL. Target: under 5 s. Run it with
 * {@code ./mvnw test -Dtest=PlanImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (and the database
 * settings the tests use, see the README).
 */
@IntegrationTest
class PlanImportBenchmark {

    private static final int ROWS = 2_000;
    private static final int ACTIONS_PER_RECOMMENDATION = 4;

    @Autowired
    ImportService imports;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;
    @Autowired
    Fixtures fixtures;

    @Test
    void previewAndImportTwoThousandRows() {
        byte[] file = plan();
        imports.preview(imports.upload(fixtures.newReview().getId(), "warm-up.xlsx", file));

        Long reviewId = fixtures.newReview().getId();
        long start = System.nanoTime();
        Long uploadId = imports.upload(reviewId, "plan.xlsx", file);
        ImportPreview preview = imports.preview(uploadId);
        long previewed = System.nanoTime();
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        ImportResult result = imports.confirm(uploadId, "Benchmark");
        long imported = System.nanoTime();
        System.out.printf("BENCHMARK confirm ran %d SQL statements (%d entity inserts, %d queries)%n",
                statistics.getPrepareStatementCount(), statistics.getEntityInsertCount(),
                statistics.getQueryExecutionCount());
        statistics.setStatisticsEnabled(false);

        System.out.printf("BENCHMARK import of %d rows (%d KB xlsx): upload and preview %d ms, confirm %d ms, "
                        + "total %d ms; %d recommendations and %d actions created, %d issues reported%n",
                ROWS, file.length / 1024, (previewed - start) / 1_000_000, (imported - previewed) / 1_000_000,
                (imported - start) / 1_000_000, result.recommendationsCreated(), result.actionsCreated(),
                preview.issues().size());
    }

    private static byte[] plan() {
        PlanSheets sheet = PlanSheets.sheet().row("Ref", "Recommendation", "Action", "Success measure",
                "Lead officer", "Lead agency", "Target date", "Status", "Progress");
        String[] statuses = {"Not started", "In progress", "Behind schedule", "Complete"};
        for (int i = 0; i < ROWS; i++) {
            int recommendation = i / ACTIONS_PER_RECOMMENDATION + 1;
            boolean first = i % ACTIONS_PER_RECOMMENDATION == 0;
            sheet.row(first ? "R" + recommendation : "", first ? "Recommendation " + recommendation
                            + ": strengthen multi-agency arrangements" : "", "Action " + i + ": audit S47 enquiries",
                    "Audit reported to the board", i % 3 == 0 ? "Olu Officer" : "Someone Else", "Police",
                    "Aug-2" + (i % 10), statuses[i % statuses.length], i % 2 == 0 ? "Work under way" : "");
        }
        return sheet.xlsx();
    }
}
