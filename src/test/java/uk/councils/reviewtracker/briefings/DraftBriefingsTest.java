package uk.councils.reviewtracker.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * A draft briefing is the managers' until it is issued: nobody else lists, opens or downloads it, a later briefing
 * is compared with the last issued one, the plan's history counts issued briefings only, and a draft (never an
 * issued briefing) can be deleted.
 */
@IntegrationTest
class DraftBriefingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingRepository repository;

    private Long reviewId;
    private Action action;
    private User officer;
    private User manager;
    private User scrutiny;
    private User admin;

    @BeforeEach
    void aReviewWithOneAction() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
        scrutiny = data.user(Role.SCRUTINY);
        admin = data.user(Role.ADMIN);
        action = data.action("Audit the front door").ledBy(officer)
                .due(TargetDate.day(LocalDate.now().plusDays(90))).create();
        reviewId = actions.get(action.getId()).getRecommendation().getReview().getId();
    }

    @Test
    void onlyManagersListOpenOrDownloadADraft() throws Exception {
        Long draft = create("Draft panel");
        for (User user : List.of(scrutiny, officer)) {
            for (String url : List.of("/briefings/" + draft, "/briefings/" + draft + ".pdf",
                    "/briefings/" + draft + ".docx", "/briefings/" + draft + "/plan.xlsx")) {
                mvc.perform(get(url).with(data.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/reviews/{id}/briefings", reviewId).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Draft panel"))));
        }
        for (User user : List.of(manager, admin)) {
            mvc.perform(get("/briefings/{id}", draft).with(data.as(user))).andExpect(status().isOk());
            mvc.perform(get("/reviews/{id}/briefings", reviewId).with(data.as(user)))
                    .andExpect(content().string(containsString("Draft panel")));
        }

        issue(draft);
        mvc.perform(get("/briefings/{id}", draft).with(data.as(scrutiny))).andExpect(status().isOk());
        mvc.perform(get("/briefings/{id}.pdf", draft).with(data.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/reviews/{id}/briefings", reviewId).with(data.as(scrutiny)))
                .andExpect(content().string(containsString("Draft panel")));
    }

    @Test
    void aBriefingIsComparedWithTheLastIssuedOneNotWithADraft() throws Exception {
        Long issued = create("September panel");
        issue(issued);
        actions.recordProgress(action.getId(), ActionStatus.COMPLETE, "Audit reported to the board", "Test",
                Instant.now());
        create("Unissued October draft");
        Long latest = create("November panel");

        mvc.perform(get("/briefings/{id}", latest).with(data.as(manager)))
                .andExpect(content().string(containsString("September panel")))
                .andExpect(content().string(not(containsString("Unissued October draft"))))
                .andExpect(content().string(containsString("Completed since then (1)")));
    }

    @Test
    void thePlansHistoryOnTheDashboardCountsIssuedBriefingsOnly() throws Exception {
        issue(create("Issued panel"));
        create("Draft panel");
        mvc.perform(get("/dashboard/reviews/{id}", reviewId).with(data.as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Issued panel")))
                .andExpect(content().string(not(containsString("Draft panel"))));
    }

    @Test
    void aManagerDeletesADraftButNeverAnIssuedBriefing() throws Exception {
        Long draft = create("Draft to delete");
        mvc.perform(get("/briefings/{id}/delete", draft).with(data.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be undone")));
        mvc.perform(post("/briefings/{id}/delete", draft).with(data.as(scrutiny)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/briefings/{id}/delete", draft).with(data.as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/reviews/" + reviewId + "/briefings"));
        assertThat(repository.findById(draft)).isEmpty();
        mvc.perform(get("/briefings/{id}", draft).with(data.as(manager))).andExpect(status().isNotFound());

        Long issued = create("Issued, kept");
        issue(issued);
        mvc.perform(post("/briefings/{id}/delete", issued).with(data.as(manager)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(repository.findById(issued)).isPresent();
    }

    private Long create(String meeting) throws Exception {
        String location = mvc.perform(post("/reviews/{id}/briefings", reviewId).with(data.as(manager))
                        .with(csrf()).param("template", "PROGRESS_UPDATE").param("meetingName", meeting)
                        .param("meetingDate", "2026-12-10").param("author", "Morgan Manager"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private void issue(Long id) throws Exception {
        mvc.perform(post("/briefings/{id}/issue", id).with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound());
    }
}
