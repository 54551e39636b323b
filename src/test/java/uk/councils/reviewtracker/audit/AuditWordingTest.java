package uk.councils.reviewtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.briefings.BriefingTemplate;
import uk.councils.reviewtracker.recommendations.ResponseType;
import uk.councils.reviewtracker.users.Role;

/** The codes the features write into the audit trail are shown in the words the pages use for them. */
class AuditWordingTest {

    private final AuditWording wording = new AuditWording(messages());

    @Test
    void everyActionStatusIsShownInWords() {
        for (ActionStatus status : ActionStatus.values()) {
            String plain = wording.plain("Reported progress on \"Audit the files\": status " + status
                    + ", note: done");
            assertThat(plain).doesNotContain(status.name()).endsWith(", note: done");
        }
        assertThat(wording.plain("Reported progress on \"Audit the files\": status IN_PROGRESS"))
                .isEqualTo("Reported progress on \"Audit the files\": status In progress, on schedule");
    }

    @Test
    void everyRoleIsShownInWords() {
        for (Role role : Role.values()) {
            assertThat(wording.plain("Created user jo (Jo Bloggs) as " + role)).doesNotContain(role.name());
            assertThat(wording.plain("Changed user jo: role " + role + ", disabled")).doesNotContain(role.name());
        }
        assertThat(wording.plain("Created user jo (Jo Bloggs) as OFFICER"))
                .isEqualTo("Created user jo (Jo Bloggs) as Officer");
        assertThat(wording.plain("Changed user jo: role SCRUTINY, new password"))
                .isEqualTo("Changed user jo: role Scrutiny member, new password");
    }

    @Test
    void everyKindOfPaperIsShownInWords() {
        for (BriefingTemplate template : BriefingTemplate.values()) {
            assertThat(wording.plain("Created a " + template + " briefing for Cabinet on \"Walsall\" with a "
                    + "snapshot of 3 actions")).doesNotContain(template.name());
        }
        assertThat(wording.plain("Created a PROGRESS_UPDATE briefing for Cabinet on \"Walsall\""))
                .isEqualTo("Created a briefing (Progress update) for Cabinet on \"Walsall\"");
    }

    @Test
    void everyResponseIsShownInWords() {
        for (ResponseType response : ResponseType.values()) {
            assertThat(wording.plain("Edited recommendation \"Audit\"; response " + response))
                    .doesNotContain(response.name());
        }
        assertThat(wording.plain("Edited recommendation \"Audit\"; response PARTIALLY_ACCEPTED"))
                .isEqualTo("Edited recommendation \"Audit\"; response Partially accepted");
    }

    @Test
    void whatPeopleTypedIsLeftAsTheyTypedIt() {
        assertThat(wording.plain("Added action \"Report COMPLETE cases to the ADMIN team\""))
                .isEqualTo("Added action \"Report COMPLETE cases to the ADMIN team\"");
    }

    private static MessageSourceAccessor messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(messages, Locale.UK);
    }
}
