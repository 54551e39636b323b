package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.briefings.PlanColumn;

/** The import knows every column the export writes by the header the export gives it. */
class PlanFieldTest {

    @Test
    void everyExportedHeaderIsReadAsItsOwnField() {
        for (PlanColumn column : PlanColumn.values()) {
            assertThat(PlanField.forHeader(column.header())).as(column.header())
                    .contains(PlanField.valueOf(column.name()));
        }
    }

    @Test
    void theUsualVariantsStillName() {
        assertThat(PlanField.forHeader("Lead Officer(s)")).contains(PlanField.LEAD);
        assertThat(PlanField.forHeader("Outcome")).contains(PlanField.OUTCOME);
        assertThat(PlanField.forHeader("Source")).contains(PlanField.SOURCE);
        assertThat(PlanField.forHeader("BRAG status")).contains(PlanField.RAG);
    }
}
