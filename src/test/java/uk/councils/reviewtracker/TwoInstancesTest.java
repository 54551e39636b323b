package uk.councils.reviewtracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.reminders.DigestJob;
import uk.councils.reviewtracker.support.AppInstance;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.TestMailServer;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * Two instances of the application on one PostgreSQL database, as behind a load balancer that moves a user from
 * one to the other: nothing a user depends on may live in one instance's memory. Actions are led by new people,
 * so the demo officer's list stays as other tests expect it.
 */
class TwoInstancesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final TargetDate LAST_WEEK = TargetDate.day(LocalDate.now().minusDays(7));

    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void startTwoInstances() {
        a = AppInstance.start("instance-a", "management.server.port=0");
        b = AppInstance.start("instance-b");
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceIsAcceptedByTheOther() {
        String session = a.signIn("manager", "demo");

        HttpResponse<String> onB = b.get("/reviews", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Morgan Manager", "Walsall Metropolitan Borough Council");
        assertThat(b.get("/reviews", null).statusCode()).as("without the session").isEqualTo(302);
        String sessionId = new String(Base64.getDecoder().decode(session), StandardCharsets.US_ASCII);
        List<byte[]> stored = a.bean(JdbcClient.class).sql("SELECT attribute_bytes FROM spring_session_attributes "
                        + "JOIN spring_session ON primary_id = session_primary_id WHERE session_id = :id")
                .param("id", sessionId).query(byte[].class).list();
        assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .as("no password hash in the session table").doesNotContain("$2a$"));

        b.post("/logout", session, Map.of("_csrf", AppInstance.csrf(onB)));
        assertThat(a.get("/reviews", session).statusCode()).as("signed out on B, so on A too").isEqualTo(302);
    }

    @Test
    void twoFirstRequestsAtOnceOnANewSessionBothSucceed() throws Exception {
        for (int i = 0; i < 10; i++) {
            String session = a.signIn("scrutiny", "demo");
            List<Integer> statuses = together(() -> a.get("/reviews", session).statusCode(),
                    () -> b.get("/reviews", session).statusCode());
            assertThat(statuses).as("attempt " + i).containsExactly(200, 200);
        }
    }

    @Test
    void disablingOrDemotingSomeoneEndsTheirSessionsOnEveryInstance() {
        User person = a.bean(Fixtures.class).newUser(Role.MANAGER);
        String theirs = a.signIn(person.getUsername(), "demo");
        String admin = b.signIn("admin", "demo");
        assertThat(a.get("/reviews/new", theirs).statusCode()).isEqualTo(200);

        HttpResponse<String> edit = b.get("/admin/users/" + person.getId() + "/edit", admin);
        HttpResponse<String> demoted = b.post("/admin/users/" + person.getId(), admin, Map.of("_csrf",
                AppInstance.csrf(edit), "username", person.getUsername(), "displayName", person.getDisplayName(),
                "role", "SCRUTINY", "enabled", "true"));
        assertThat(demoted.statusCode()).isEqualTo(302);
        assertThat(a.get("/reviews/new", theirs).statusCode()).as("the manager's session has ended").isEqualTo(302);

        String again = a.signIn(person.getUsername(), "demo");
        assertThat(a.get("/reviews/new", again).statusCode()).as("signed in afresh as scrutiny").isEqualTo(403);
        edit = b.get("/admin/users/" + person.getId() + "/edit", admin);
        b.post("/admin/users/" + person.getId(), admin, Map.of("_csrf", AppInstance.csrf(edit), "username",
                person.getUsername(), "displayName", person.getDisplayName(), "role", "SCRUTINY", "_enabled", "on"));
        assertThat(a.get("/reviews", again).statusCode()).as("disabled: signed out everywhere").isEqualTo(302);
        assertThat(b.get("/admin/users", admin).statusCode()).as("the administrator's own session").isEqualTo(200);
    }

    @Test
    void anUpdateMadeOnOneInstanceIsSeenOnTheOther() {
        User lead = a.bean(Fixtures.class).newUser(Role.OFFICER);
        Action action = a.bean(Fixtures.class).newAction("Seen from both instances", lead.getUsername(), null, LAST_WEEK);
        String session = a.signIn(lead.getUsername(), "demo");

        HttpResponse<String> form = a.get("/actions/" + action.getId() + "/progress", session);
        HttpResponse<String> saved = a.post("/actions/" + action.getId() + "/progress", session,
                progress(form, "Reported on instance A"));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(b.get("/actions/" + action.getId(), session).body()).contains("Reported on instance A");
    }

    @Test
    void theSameActionUpdatedOnBothAtOnceGivesOneSuccessAndOneConflict() throws Exception {
        User lead = a.bean(Fixtures.class).newUser(Role.OFFICER);
        Action action = a.bean(Fixtures.class).newAction("Updated from both at once", lead.getUsername(), null,
                LAST_WEEK);
        String session = a.signIn(lead.getUsername(), "demo");
        String path = "/actions/" + action.getId() + "/progress";
        Map<String, String> fromA = progress(a.get(path, session), "Saved on A");
        Map<String, String> fromB = progress(b.get(path, session), "Saved on B");
        assertThat(fromA.get("version")).isEqualTo(fromB.get("version"));

        List<HttpResponse<String>> responses = together(() -> a.post(path, session, fromA),
                () -> b.post(path, session, fromB));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 200);
        HttpResponse<String> conflict = responses.stream().filter(response -> response.statusCode() == 200)
                .findFirst().orElseThrow();
        assertThat(conflict.body()).contains("Someone else has changed this");
        String winner = conflict == responses.get(0) ? "Saved on B" : "Saved on A";
        String loser = conflict == responses.get(0) ? "Saved on A" : "Saved on B";
        assertThat(conflict.body()).as("shows what the other person saved and keeps what was typed")
                .contains(winner, loser);
        assertThat(a.get("/actions/" + action.getId(), session).body()).contains(winner).doesNotContain(loser);
    }

    @Test
    void theDigestJobTriggeredOnBothInstancesSendsEachDigestOnce() throws Exception {
        Fixtures fixtures = a.bean(Fixtures.class);
        User first = fixtures.newUser(Role.OFFICER);
        User second = fixtures.newUser(Role.OFFICER);
        fixtures.newAction("Digest from one instance", first.getUsername(), null, LAST_WEEK);
        fixtures.newAction("Digest from one instance too", second.getUsername(), null, LAST_WEEK);

        List<Boolean> ran = together(() -> a.bean(DigestJob.class).run(), () -> b.bean(DigestJob.class).run());

        assertThat(ran).contains(true);
        assertThat(TestMailServer.receivedBy(first.getEmail())).hasSize(1);
        assertThat(TestMailServer.receivedBy(second.getEmail())).hasSize(1);
        List<String> sentBy = a.bean(JdbcClient.class)
                .sql("SELECT DISTINCT instance FROM digest_delivery WHERE user_id IN (:ids) AND status = 'SENT'")
                .param("ids", List.of(first.getId(), second.getId())).query(String.class).list();
        assertThat(sentBy).as("both digests sent by the one instance that ran the job").hasSize(1);

        assertThat(a.bean(DigestJob.class).run()).as("the lock is released after the run").isTrue();
        assertThat(TestMailServer.receivedBy(first.getEmail())).as("and a new run sends nothing twice").hasSize(1);
    }

    @Test
    void metricsAreOpenOnTheManagementPortOnly() {
        HttpResponse<String> metrics = a.getOnManagementPort("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(a.getOnManagementPort("/actuator/health").body()).contains("\"db\"");
        assertThat(a.get("/actuator/prometheus", null).statusCode()).as("main port").isEqualTo(302);
    }

    private static Map<String, String> progress(HttpResponse<String> form, String note) {
        Matcher version = VERSION.matcher(form.body());
        assertThat(version.find()).as("the form carries the version").isTrue();
        return Map.of("status", "IN_PROGRESS", "note", note, "version", version.group(1),
                "_csrf", AppInstance.csrf(form));
    }

    /** Runs both at the same moment, one on each thread, and returns their results in order. */
    private static <T> List<T> together(Supplier<T> first, Supplier<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<T> one = CompletableFuture.supplyAsync(() -> await(start, first));
        CompletableFuture<T> two = CompletableFuture.supplyAsync(() -> await(start, second));
        return List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));
    }

    private static <T> T await(CyclicBarrier start, Supplier<T> task) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return task.get();
    }
}
