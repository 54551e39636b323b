package uk.councils.reviewtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.councils.reviewtracker.support.PostgresTestConfiguration;
import uk.councils.reviewtracker.users.DigestHistory;

/**
 * The audit module on its own, with no feature and no demo data (common as what it uses; config for the clock,
 * auditing and security, and users for the names): any change published in a transaction gets its entry, written as whoever is signed in.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"config", "users"})
@Import(PostgresTestConfiguration.class)
class AuditModuleTest {

    /** A change of no feature's: the audit trail knows only {@link AuditedChange}. */
    record ActionChecked(Long recordId, String summary) implements AuditedChange {

        @Override
        public RecordType recordType() {
            return RecordType.ACTION;
        }
    }

    @Autowired
    AuditTrail trail;
    /** The users pages show when each reminder went out: reminders' business, and not started here. */
    @MockitoBean
    DigestHistory digests;

    @Test
    @WithMockUser("olu")
    void aChangePublishedInATransactionIsRecordedAsWhoeverMadeIt(Scenario scenario) {
        Long actionId = System.nanoTime();

        scenario.publish(new ActionChecked(actionId, "Checked \"Refresh the threshold document\""))
                .andWaitForStateChange(() -> trail.about("Action", actionId), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.getDescription()).isEqualTo("Checked \"Refresh the threshold document\"");
                    assertThat(entry.getCreatedBy()).isEqualTo("olu");
                    assertThat(entry.getSubjectId()).isEqualTo(actionId);
                }));
    }
}
