package uk.councils.reviewtracker.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.support.TestMailServer;
import uk.councils.reviewtracker.users.DigestSent;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** Reminder digests, sent through a real SMTP server in the test JVM and read back from it. */
@IntegrationTest
class DigestTest {

    @Autowired
    DigestService digests;
    @Autowired
    DigestDeliveries deliveries;
    @Autowired
    ActionService actions;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;


    @Test
    void aLeadGetsOneDigestOfTheirOverdueDueSoonAndStaleActions() throws Exception {
        User lead = data.user(Role.OFFICER);
        Action overdue = action("Publish the threshold document", lead, -3);
        Action dueSoon = action("Train the front door team", lead, 10);
        Action later = action("Audit the early help offer", lead, 40);
        Action stale = action("Refresh the escalation policy", lead, 100);
        actions.recordProgress(stale.getId(), ActionStatus.IN_PROGRESS, "Started", "Test",
                clock.instant().minus(70, ChronoUnit.DAYS));
        Action done = action("Appoint a designated officer", lead, -20);
        actions.recordProgress(done.getId(), ActionStatus.COMPLETE, "Appointed", "Test", clock.instant());

        digests.sendDue();

        List<MimeMessage> received = TestMailServer.receivedBy(lead.getEmail());
        assertThat(received).hasSize(1);
        assertThat(TestMailServer.subject(received.get(0))).isEqualTo("Reminder: 3 actions need your attention");
        String text = TestMailServer.text(received.get(0));
        assertThat(text).contains("Dear " + lead.getDisplayName(), "Overdue (1)", "Due soon (1)",
                "No recent update (1)", overdue.getText(), dueSoon.getText(), stale.getText(),
                "http://localhost:8080/actions/" + overdue.getId(), "http://localhost:8080/settings");
        assertThat(text.indexOf(overdue.getText())).isLessThan(text.indexOf(dueSoon.getText()));
        assertThat(text.indexOf(dueSoon.getText())).isLessThan(text.indexOf(stale.getText()));
        assertThat(text).doesNotContain(later.getText(), done.getText());

        digests.sendDue();
        assertThat(TestMailServer.receivedBy(lead.getEmail())).as("sent once a day").hasSize(1);

        String today = LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK));
        mvc.perform(get("/admin/users").with(data.as(data.user(Role.ADMIN))))
                .andExpect(content().string(containsString("Daily reminder: ")))
                .andExpect(content().string(containsString("Sent " + today)));
    }

    @Test
    void aFailedSendIsTriedAgainByTheNextRunWithoutSendingTheOthersTwice() {
        User first = data.user(Role.OFFICER);
        action("Review the neglect strategy", first, -1);
        digests.sendDue();
        assertThat(TestMailServer.receivedBy(first.getEmail())).hasSize(1);

        User second = data.user(Role.OFFICER);
        action("Review the missing children protocol", second, -1);
        TestMailServer.stop();
        try {
            DigestRun failed = digests.sendDue();
            assertThat(failed.failed()).isPositive();
            assertThat(deliveries.byUser().get(second.getId())).singleElement()
                    .satisfies(digest -> assertThat(digest.failedSinceLastSent()).isTrue());
        } finally {
            TestMailServer.restart();
        }

        digests.sendDue();
        assertThat(TestMailServer.receivedBy(second.getEmail())).hasSize(1);
        assertThat(TestMailServer.receivedBy(first.getEmail())).as("not sent again").hasSize(1);
        assertThat(deliveries.byUser().get(second.getId())).singleElement()
                .satisfies(digest -> assertThat(digest.failedSinceLastSent()).isFalse())
                .extracting(DigestSent::lastSentAt).isNotNull();
    }

    @Test
    void aManagerGetsAWeeklySummaryOfTheBehindScheduleActionsOfTheirReviews() {
        User manager = data.user(Role.MANAGER);
        User officer = data.user(Role.OFFICER);
        Action led = action("Commission an independent audit", manager, -5);
        Action behind = data.action("Recruit two social workers").on(led.getRecommendation()).ledBy(officer)
                .due(target(-2)).create();
        Action onTrack = data.action("Hold a partnership away day").on(led.getRecommendation()).ledBy(officer)
                .due(target(60)).create();
        Action elsewhere = action("Someone else's review", officer, -2);

        digests.sendDue();

        List<MimeMessage> received = TestMailServer.receivedBy(manager.getEmail());
        assertThat(received).extracting(TestMailServer::subject).containsExactlyInAnyOrder(
                "Reminder: 1 action needs your attention",
                "Weekly summary: 2 actions behind schedule in your reviews");
        String summary = received.stream().filter(message -> TestMailServer.subject(message).startsWith("Weekly"))
                .map(TestMailServer::text).findFirst().orElseThrow();
        assertThat(summary).contains("Testshire County Council: Test review", led.getText(), behind.getText(),
                "Lead: " + manager.getDisplayName(), "Lead: " + officer.getDisplayName(), "Behind schedule");
        assertThat(summary).doesNotContain(onTrack.getText(), elsewhere.getText());

        digests.sendDue();
        assertThat(TestMailServer.receivedBy(manager.getEmail())).as("sent once a week").hasSize(2);
    }

    @Test
    void peopleSwitchTheirOwnDigestOff() throws Exception {
        User lead = data.user(Role.OFFICER);
        action("Update the LADO guidance", lead, -1);

        mvc.perform(post("/settings").with(data.as(lead)).with(csrf())
                        .param("digestEnabled", "false"))
                .andExpect(redirectedUrl("/settings"));
        mvc.perform(get("/settings").with(data.as(lead)))
                .andExpect(content().string(containsString(lead.getEmail())))
                .andExpect(content().string(containsString(
                        "id=\"digestEnabled-off\" name=\"digestEnabled\" value=\"false\" checked")));

        digests.sendDue();
        assertThat(TestMailServer.receivedBy(lead.getEmail())).isEmpty();
    }

    private Action action(String text, User lead, int daysFromToday) {
        return data.action(text).ledBy(lead).due(target(daysFromToday)).create();
    }

    private TargetDate target(int daysFromToday) {
        return TargetDate.day(LocalDate.now(clock).plusDays(daysFromToday));
    }
}
