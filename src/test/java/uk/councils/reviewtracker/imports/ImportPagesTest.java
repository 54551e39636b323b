package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

@IntegrationTest
class ImportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;

    private Long reviewId;
    private User officer;
    private User manager;

    @BeforeEach
    void aNewReviewAndItsPeople() {
        reviewId = data.review().create().getId();
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
    }

    @Test
    void aManagerUploadsChecksThePreviewAndConfirms() throws Exception {
        String preview = mvc.perform(multipart("/reviews/{id}/import", reviewId).file(file(PlanImportTest.councilPlan()))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(preview).with(data.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 new recommendations")))
                .andExpect(content().string(containsString("7 new actions")))
                .andExpect(content().string(containsString("Draw up a simple concise road map")))
                .andExpect(content().string(containsString("is not a user")));
        assertThat(actions.forReview(reviewId)).isEmpty();

        mvc.perform(post(preview + "/confirm").with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews/" + reviewId + "/plan"));
        assertThat(actions.forReview(reviewId)).hasSize(7);
    }

    @Test
    void aBadFileIsExplainedNextToTheUploadField() throws Exception {
        mvc.perform(multipart("/reviews/{id}/import", reviewId).file(new MockMultipartFile("file", "plan.xlsx",
                        "application/octet-stream", new byte[] {1, 2, 0, 3}))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("not an Excel workbook or a CSV file")));
        mvc.perform(multipart("/reviews/{id}/import", reviewId).with(data.as(manager)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Select a file to upload")));
    }

    @Test
    void onlyManagersImport() throws Exception {
        for (User user : new User[] {officer, data.user(Role.SCRUTINY)}) {
            mvc.perform(get("/reviews/{id}/import", reviewId).with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/reviews/{id}/import", reviewId).file(file(PlanImportTest.councilPlan()))
                    .with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(actions.forReview(reviewId)).isEmpty();
    }

    @Test
    void theTemplateDownloads() throws Exception {
        mvc.perform(get("/imports/template.xlsx").with(data.as(manager))).andExpect(status().isOk());
    }

    @Test
    void scriptsPreviewAsJsonThenConfirm() throws Exception {
        String body = mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(PlanImportTest.councilPlan()))
                        .with(signedIn(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recommendations.length()").value(3))
                .andExpect(jsonPath("$.recommendations[0].ref").value("R14"))
                .andExpect(jsonPath("$.recommendations[0].actions[0].status").value("COMPLETE"))
                .andExpect(jsonPath("$.issues[0].sheet").value("Action plan"))
                .andReturn().getResponse().getContentAsString();
        String uploadId = body.replaceAll("(?s).*\"uploadId\":(\\d+).*", "$1");
        assertThat(actions.forReview(reviewId)).isEmpty();

        mvc.perform(post("/api/imports/{id}/confirm", uploadId).with(signedIn(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actionsCreated").value(7));
        assertThat(actions.forReview(reviewId)).hasSize(7);
    }

    @Test
    void theApiRefusesStrangersOfficersAndBadFiles() throws Exception {
        mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(PlanImportTest.councilPlan())))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(PlanImportTest.councilPlan()))
                .with(signedIn(officer))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(new byte[0]))
                        .with(signedIn(manager)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("The selected file is empty"));
    }

    @Autowired
    ImportService imports;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    uk.councils.reviewtracker.recommendations.RecommendationService recommendations;

    @Test
    void cellsBeyondTheColumnLimitsArePreviewedWithWhatWillHappenAndConfirmWritesWhatWasPromised() throws Exception {
        String preview = upload(DevelopmentPlans.longCells().content());
        Long uploadId = Long.valueOf(preview.substring(preview.lastIndexOf('/') + 1));
        List<String> promised = PlanImportPropertiesTest.promised(imports.preview(uploadId));
        mvc.perform(get(preview).with(data.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Timescale is 240 characters, longer than 100: the first "
                        + "100 are kept and the whole text goes into the progress note")))
                .andExpect(content().string(containsString("Recommendation reference is 24 characters, longer than 20"
                        + ": the first 20 are kept and the rest is left out")))
                .andExpect(content().string(containsString("Import the plan")));

        mvc.perform(post(preview + "/confirm").with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews/" + reviewId + "/plan"));

        assertThat(PlanImportPropertiesTest.written(actions, reviewId)).isEqualTo(promised).hasSize(2);
    }

    @Test
    void whenTheDatabaseStillRefusesTheManagerIsToldWhyAndNothingIsWritten() throws Exception {
        byte[] plan = PlanSheets.sheet().row("Ref", "Recommendation", "Action", "Lead")
                .row("1", "Strengthen the front door", "Review the MASH", "Jo")
                .row("2", "Hear the child", "The database refuses this action", "Sam").xlsx();
        jdbc.execute("ALTER TABLE improvement_action ADD CONSTRAINT test_refuses_import "
                + "CHECK (text <> 'The database refuses this action')");
        try {
            String preview = upload(plan);
            mvc.perform(post(preview + "/confirm").with(data.as(manager)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("The plan was not imported")))
                    .andExpect(content().string(containsString("test_refuses_import")))
                    .andExpect(content().string(containsString("Back to the preview")));
            assertThat(recommendations.forReview(reviewId)).isEmpty();
            assertThat(actions.forReview(reviewId)).isEmpty();

            String uploadId = preview.substring(preview.lastIndexOf('/') + 1);
            mvc.perform(post("/api/imports/{id}/confirm", uploadId).with(signedIn(manager)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("The plan was not imported"))
                    .andExpect(jsonPath("$.detail").value(containsString("test_refuses_import")));
            assertThat(recommendations.forReview(reviewId)).isEmpty();
        } finally {
            jdbc.execute("ALTER TABLE improvement_action DROP CONSTRAINT test_refuses_import");
        }
    }

    @Test
    void aDoubleClickedConfirmAnswersBothClicksWithTheFinishedImportAndImportsOnce() throws Exception {
        String preview = upload(PlanImportTest.councilPlan());
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<org.springframework.test.web.servlet.MvcResult> click = () -> {
            together.await();
            return mvc.perform(post(preview + "/confirm").with(data.as(manager)).with(csrf())).andReturn();
        };
        java.util.concurrent.ExecutorService browser = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<org.springframework.test.web.servlet.MvcResult>> clicks =
                    browser.invokeAll(List.of(click, click));
            for (java.util.concurrent.Future<org.springframework.test.web.servlet.MvcResult> answer : clicks) {
                assertThat(answer.get().getResponse().getStatus()).isEqualTo(302);
                assertThat(answer.get().getResponse().getRedirectedUrl()).isEqualTo("/reviews/" + reviewId + "/plan");
                assertThat(answer.get().getFlashMap().get("imported")).isEqualTo(
                        new ImportResult(reviewId, 3, 7, 0, 0));
            }
        } finally {
            browser.shutdownNow();
        }
        mvc.perform(post(preview + "/confirm").with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews/" + reviewId + "/plan"));
        assertThat(actions.forReview(reviewId)).hasSize(7);
        assertThat(recommendations.forReview(reviewId)).hasSize(3);
        mvc.perform(get(preview).with(data.as(manager))).andExpect(status().isNotFound());
    }

    @Test
    void aLetterUploadedByMistakeIsRefusedAsNotAPlan() throws Exception {
        byte[] letter = ("Dear Chief Executive,\r\n\r\nThank you for inviting the peer review team, which visited "
                + "the council from 4 to 8 March.\r\nOur findings, strengths and areas for consideration, follow.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart("/reviews/{id}/import", reviewId).file(new MockMultipartFile("file", "letter.txt",
                        "text/plain", letter)).with(data.as(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file is not a plan")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("row 0"))));
    }

    private String upload(byte[] plan) throws Exception {
        return mvc.perform(multipart("/reviews/{id}/import", reviewId).file(file(plan))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "plan.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    /** The API's sign-in: HTTP Basic with that person's name and password. */
    private static RequestPostProcessor signedIn(User user) {
        return httpBasic(user.getUsername(), TestData.PASSWORD);
    }
}
