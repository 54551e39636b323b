package uk.councils.reviewtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.audit.AuditEvent;
import uk.councils.reviewtracker.audit.AuditTrail;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * The officer's most frequent job: report progress on an action they lead, safely (what a report needs and the
 * form's messages: {@code ProgressControllerSliceTest}).
 */
@IntegrationTest
class OfficerProgressTest {

    private static final TargetDate AUGUST = TargetDate.day(LocalDate.of(2031, 8, 31));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;
    @Autowired
    AuditTrail audit;

    Agency socialCare;
    Agency police;
    User officer;
    User policeOfficer;
    User manager;
    User scrutiny;

    @BeforeEach
    void people() {
        socialCare = data.agency();
        police = data.agency();
        officer = data.user(Role.OFFICER, socialCare);
        policeOfficer = data.user(Role.OFFICER, police);
        manager = data.user(Role.MANAGER);
        scrutiny = data.user(Role.SCRUTINY);
    }

    @Test
    void officerUpdatesAnActionTheyLeadAndTheHistoryGrows() throws Exception {
        Action action = data.action("Refresh the threshold document").ledBy(officer).due(AUGUST).create();

        mvc.perform(report(action, officer).param("status", "BEHIND_SCHEDULE")
                        .param("note", "Waiting for health partners' comments"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/actions/" + action.getId()));

        Action saved = actions.get(action.getId());
        assertThat(saved.getStatus()).isEqualTo(ActionStatus.BEHIND_SCHEDULE);
        assertThat(saved.getLastProgressAt()).isNotNull();
        assertThat(actions.history(action.getId())).first().satisfies(update -> {
            assertThat(update.getOldStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(update.getNewStatus()).isEqualTo(ActionStatus.BEHIND_SCHEDULE);
            assertThat(update.getNote()).isEqualTo("Waiting for health partners' comments");
            assertThat(update.getAuthorName()).isEqualTo(officer.getDisplayName());
        });
        assertThat(audit.about("Action", action.getId())).extracting(AuditEvent::getCreatedBy)
                .contains(officer.getUsername());
        mvc.perform(get("/actions/{id}", action.getId()).with(data.as(scrutiny)))
                .andExpect(content().string(containsString("Waiting for health partners&#39; comments")))
                .andExpect(content().string(containsString("Behind schedule")));
    }

    @Test
    void officerUpdatesAnActionLedByTheirAgency() throws Exception {
        Action action = data.action("Agency action").ledBy(policeOfficer).forAgency(socialCare).due(AUGUST).create();
        mvc.perform(report(action, officer).param("status", "IN_PROGRESS").param("note", "Picked up by the team"))
                .andExpect(status().isFound());
    }

    @Test
    void officerCannotUpdateAnotherTeamsAction() throws Exception {
        Action action = data.action("Police action").ledBy(policeOfficer).forAgency(police).due(AUGUST).create();
        mvc.perform(get("/actions/{id}/progress", action.getId()).with(data.as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(report(action, officer).param("status", "COMPLETE").param("note", "x").param("evidence", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actions/{id}", action.getId()).with(data.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/progress\""))));
        assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void scrutinyMembersCannotUpdateAnyAction() throws Exception {
        Action action = data.action("Scrutiny cannot touch").ledBy(officer).due(AUGUST).create();
        mvc.perform(get("/actions/{id}/progress", action.getId()).with(data.as(scrutiny)))
                .andExpect(status().isForbidden());
        mvc.perform(report(action, scrutiny).param("status", "COMPLETE").param("note", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAManagerLiftsASuspensionOrAReschedule() throws Exception {
        Action action = data.action("Suspended by the manager").ledBy(officer).due(AUGUST).create();
        mvc.perform(report(action, manager).param("status", "SUSPENDED").param("note", "Paused by the board"))
                .andExpect(status().isFound());

        mvc.perform(get("/actions/{id}/progress", action.getId()).with(data.as(officer)))
                .andExpect(content().string(not(containsString("value=\"IN_PROGRESS\""))));
        mvc.perform(report(action, officer).param("status", "IN_PROGRESS").param("note", "Starting again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a manager can lift a suspension")));
        assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.SUSPENDED);
        mvc.perform(report(action, officer).param("status", "SUSPENDED").param("note", "Still paused"))
                .andExpect(status().isFound());

        mvc.perform(report(action, manager).param("status", "IN_PROGRESS").param("note", "Board agreed to restart"))
                .andExpect(status().isFound());
        assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void anOfficersNewTargetWaitsForAManagerAndTheOriginalIsKept() throws Exception {
        Action action = data.action("Move me").ledBy(officer).due(AUGUST).create();
        mvc.perform(report(action, officer).param("status", "IN_PROGRESS").param("revisedTarget", "30/09/2031")
                        .param("targetReason", "Partner restructure"))
                .andExpect(status().isFound());

        Action waiting = actions.get(action.getId());
        assertThat(waiting.getTargetDate()).isEqualTo(AUGUST.date());
        assertThat(waiting.getRequestedTarget().date()).isEqualTo(LocalDate.of(2031, 9, 30));
        mvc.perform(post("/actions/{id}/requested-target/approve", action.getId()).with(data.as(officer))
                .with(csrf())).andExpect(status().isForbidden());

        mvc.perform(post("/actions/{id}/requested-target/approve", action.getId()).with(data.as(manager))
                .with(csrf())).andExpect(status().isFound());
        Action moved = actions.get(action.getId());
        assertThat(moved.getTargetDate()).isEqualTo(LocalDate.of(2031, 9, 30));
        assertThat(moved.getOriginalTargetDate()).isEqualTo(AUGUST.date());
        assertThat(moved.getStatus()).isEqualTo(ActionStatus.RESCHEDULED);
        assertThat(moved.getRequestedTarget()).isNull();
        ProgressUpdate latest = actions.history(action.getId()).get(0);
        assertThat(latest.getOldTargetDate()).isEqualTo(AUGUST.date());
        assertThat(latest.getTargetReason()).contains("Partner restructure");
        mvc.perform(get("/actions/{id}", action.getId()).with(data.as(scrutiny)))
                .andExpect(content().string(containsString("(originally 31 Aug 2031)")));
    }

    @Test
    void theSecondOfTwoPeopleUpdatingTheSameActionSeesTheFirstUpdateAndLosesNothing() throws Exception {
        Action action = data.action("Two people at once").ledBy(officer).forAgency(police).due(AUGUST).create();
        long opened = actions.get(action.getId()).getVersion();

        mvc.perform(post("/actions/{id}/progress", action.getId()).with(data.as(policeOfficer)).with(csrf())
                        .param("version", String.valueOf(opened)).param("status", "BEHIND_SCHEDULE")
                        .param("note", "Police update: slipped a month"))
                .andExpect(status().isFound());
        mvc.perform(post("/actions/{id}/progress", action.getId()).with(data.as(officer)).with(csrf())
                        .param("version", String.valueOf(opened)).param("status", "COMPLETE")
                        .param("note", "My long careful note").param("evidence", "Minutes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else has changed this")))
                .andExpect(content().string(containsString("Police update: slipped a month")))
                .andExpect(content().string(containsString(policeOfficer.getDisplayName())))
                .andExpect(content().string(containsString("My long careful note")));

        Action saved = actions.get(action.getId());
        assertThat(saved.getStatus()).isEqualTo(ActionStatus.BEHIND_SCHEDULE);
        assertThat(actions.history(action.getId())).extracting(ProgressUpdate::getNote)
                .contains("Police update: slipped a month").doesNotContain("My long careful note");
    }

    @Test
    void markupInANoteIsShownAsText() throws Exception {
        Action action = data.action("Markup note").ledBy(officer).due(AUGUST).create();
        mvc.perform(report(action, officer).param("status", "IN_PROGRESS")
                .param("note", "<img src=x onerror=alert(1)> done")).andExpect(status().isFound());
        mvc.perform(get("/actions/{id}", action.getId()).with(data.as(scrutiny)))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt; done")));
    }

    private MockHttpServletRequestBuilder report(Action action, User user) {
        return post("/actions/{id}/progress", action.getId()).with(data.as(user)).with(csrf())
                .param("version", String.valueOf(actions.get(action.getId()).getVersion()));
    }
}
