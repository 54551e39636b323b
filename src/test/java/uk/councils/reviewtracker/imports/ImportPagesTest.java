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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

@IntegrationTest
class ImportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;

    private Long reviewId;

    @BeforeEach
    void aNewReview() {
        reviewId = fixtures.newReview().getId();
    }

    @Test
    void aManagerUploadsChecksThePreviewAndConfirms() throws Exception {
        String preview = mvc.perform(multipart("/reviews/{id}/import", reviewId).file(file(PlanImportTest.councilPlan()))
                        .with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(preview).with(fixtures.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 new recommendations")))
                .andExpect(content().string(containsString("7 new actions")))
                .andExpect(content().string(containsString("Draw up a simple concise road map")))
                .andExpect(content().string(containsString("is not a user")));
        assertThat(actions.forReview(reviewId)).isEmpty();

        mvc.perform(post(preview + "/confirm").with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews/" + reviewId + "/plan"));
        assertThat(actions.forReview(reviewId)).hasSize(7);
    }

    @Test
    void aBadFileIsExplainedNextToTheUploadField() throws Exception {
        mvc.perform(multipart("/reviews/{id}/import", reviewId).file(new MockMultipartFile("file", "plan.xlsx",
                        "application/octet-stream", new byte[] {1, 2, 0, 3}))
                        .with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("not an Excel workbook or a CSV file")));
        mvc.perform(multipart("/reviews/{id}/import", reviewId).with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Select a file to upload")));
    }

    @Test
    void onlyManagersImport() throws Exception {
        for (String user : new String[] {"officer", "scrutiny"}) {
            mvc.perform(get("/reviews/{id}/import", reviewId).with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/reviews/{id}/import", reviewId).file(file(PlanImportTest.councilPlan()))
                    .with(fixtures.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(actions.forReview(reviewId)).isEmpty();
    }

    @Test
    void theTemplateDownloads() throws Exception {
        mvc.perform(get("/imports/template.xlsx").with(fixtures.as("manager"))).andExpect(status().isOk());
    }

    @Test
    void scriptsPreviewAsJsonThenConfirm() throws Exception {
        String body = mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(PlanImportTest.councilPlan()))
                        .with(httpBasic("manager", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recommendations.length()").value(3))
                .andExpect(jsonPath("$.recommendations[0].ref").value("R14"))
                .andExpect(jsonPath("$.recommendations[0].actions[0].status").value("COMPLETE"))
                .andExpect(jsonPath("$.issues[0].sheet").value("Action plan"))
                .andReturn().getResponse().getContentAsString();
        String uploadId = body.replaceAll("(?s).*\"uploadId\":(\\d+).*", "$1");
        assertThat(actions.forReview(reviewId)).isEmpty();

        mvc.perform(post("/api/imports/{id}/confirm", uploadId).with(httpBasic("manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actionsCreated").value(7));
        assertThat(actions.forReview(reviewId)).hasSize(7);
    }

    @Test
    void theApiRefusesStrangersOfficersAndBadFiles() throws Exception {
        mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(PlanImportTest.councilPlan())))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(PlanImportTest.councilPlan()))
                .with(httpBasic("officer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/reviews/{id}/imports", reviewId).file(file(new byte[0]))
                        .with(httpBasic("manager", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("The selected file is empty"));
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "plan.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }
}
