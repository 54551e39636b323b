package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestContextManager;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.briefings.PlanLine;
import uk.councils.reviewtracker.briefings.PlanSpreadsheet;
import uk.councils.reviewtracker.imports.GeneratedPlans.Layout;
import uk.councils.reviewtracker.imports.GeneratedPlans.Plan;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * Generated plans in every layout of the corpus, imported into the real application on PostgreSQL: the preview
 * is a promise, an export imports as itself, and importing the same file twice changes nothing.
 */
@IntegrationTest
class PlanImportPropertiesTest {

    /** Enough to meet every layout several times; each try imports into the real database (see the README). */
    private static final int TRIES = 25;

    @Autowired
    ImportService imports;
    @Autowired
    ActionService actions;
    @Autowired
    PlanSpreadsheet spreadsheet;
    @Autowired
    Fixtures fixtures;

    /** jqwik makes the instances, so the Spring test context is brought in by hand (cached like any other). */
    @BeforeProperty
    void springContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(tries = TRIES)
    void aPreviewWithoutErrorsConfirmsAndWritesExactlyWhatItShowed(@ForAll("plans") Plan plan,
                                                                     @ForAll("layouts") Layout layout) {
        Long reviewId = fixtures.newReview().getId();
        ImportPreview preview = imports.preview(imports.upload(reviewId, GeneratedPlans.fileName(layout),
                GeneratedPlans.write(plan, layout)));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.recommendations()).hasSize(plan.recommendations().size());

        imports.confirm(preview.uploadId(), "Morgan Manager");

        assertThat(written(reviewId)).isEqualTo(promised(preview));
    }

    @Property(tries = TRIES)
    void anExportedPlanImportsAsItselfAndChangesNothing(@ForAll("plans") Plan plan, @ForAll("layouts") Layout layout) {
        Long reviewId = fixtures.newReview().getId();
        imports.confirm(imports.upload(reviewId, GeneratedPlans.fileName(layout), GeneratedPlans.write(plan, layout)),
                "Morgan Manager");
        List<String> before = written(reviewId);
        byte[] exported = spreadsheet.xlsx("Action plan", lines(reviewId));

        ImportPreview again = imports.preview(imports.upload(reviewId, "exported.xlsx", exported));
        assertThat(again.errors()).isEmpty();
        assertThat(again.newRecommendations()).isZero();
        assertThat(again.newActions()).isZero();
        assertThat(again.changedActions()).isZero();
        imports.confirm(again.uploadId(), "Morgan Manager");
        assertThat(written(reviewId)).isEqualTo(before);

        Long otherReview = fixtures.newReview().getId();
        imports.confirm(imports.upload(otherReview, "exported.xlsx", exported), "Morgan Manager");
        assertThat(written(otherReview)).isEqualTo(before);
    }

    @Property(tries = TRIES)
    void importingTheSameFileAgainChangesNothing(@ForAll("plans") Plan plan, @ForAll("layouts") Layout layout) {
        Long reviewId = fixtures.newReview().getId();
        byte[] file = GeneratedPlans.write(plan, layout);
        ImportResult first = imports.confirm(imports.upload(reviewId, GeneratedPlans.fileName(layout), file),
                "Morgan Manager");
        List<String> before = written(reviewId);

        ImportResult second = imports.confirm(imports.upload(reviewId, GeneratedPlans.fileName(layout), file),
                "Morgan Manager");

        assertThat(second.recommendationsCreated()).isZero();
        assertThat(second.actionsCreated()).isZero();
        assertThat(second.actionsUpdated()).isZero();
        assertThat(second.actionsUnchanged()).isEqualTo(first.actionsCreated());
        assertThat(written(reviewId)).isEqualTo(before);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return GeneratedPlans.plans();
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Arbitraries.of(Layout.class);
    }

    /** Each action of the preview as a line: what confirming promised to write. */
    static List<String> promised(ImportPreview preview) {
        List<String> lines = new ArrayList<>();
        for (ImportPreview.Recommendation r : preview.recommendations()) {
            for (ImportPreview.Action a : r.actions()) {
                lines.add(line(r.ref(), r.text(), r.group(), a.text(), a.outcome(), a.measure(), a.lead(), a.agency(),
                        a.timescale(), a.target(), a.status(), a.note()));
            }
        }
        return lines;
    }

    private List<String> written(Long reviewId) {
        return written(actions, reviewId);
    }

    /** Each action of the review's plan as a line, in the plan's order. */
    static List<String> written(ActionService actions, Long reviewId) {
        return actions.planRows(reviewId).stream().map(PlanLine::ofRow).map(l -> line(l.ref(), l.recommendation(), l.group(), l.action(),
                l.outcome(), l.measure(), l.lead(), l.agency(), l.timescale(), l.target(), l.status(), l.latestNote()))
                .toList();
    }

    private static String line(Object... fields) {
        List<String> values = new ArrayList<>();
        for (Object field : fields) {
            // The plan shows an empty group as an empty string, the preview as none.
            values.add(field == null || field.toString().isEmpty() ? "∅" : field.toString());
        }
        // Agencies are matched to the ones already known ignoring case.
        values.set(7, values.get(7).toLowerCase(Locale.UK));
        return String.join(" | ", values);
    }

    private List<PlanLine> lines(Long reviewId) {
        return actions.planRows(reviewId).stream().map(PlanLine::ofRow).toList();
    }
}
