package uk.councils.reviewtracker.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingDetails;
import uk.councils.reviewtracker.findings.FindingKind;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/**
 * The forms bound as records: an edit form shows what is stored, and a refused one keeps what was typed (the
 * framework form: {@code FrameworkControllerSliceTest}).
 */
@IntegrationTest
class RecordFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ReviewService reviews;
    @Autowired
    FindingService findings;

    User manager;

    @BeforeEach
    void manager() {
        manager = data.user(Role.MANAGER);
    }

    @Test
    void aLineOfEnquiryIsShownForEditingAndARefusedOneKeepsItsSummary() throws Exception {
        Long reviewId = data.review().create().getId();
        reviews.addLineOfEnquiry(reviewId, "How well are children heard?", "Mostly well");
        Long lineId = reviews.linesOfEnquiry(reviewId).get(0).getId();

        mvc.perform(get("/lines-of-enquiry/{id}/edit", lineId).with(data.as(manager)))
                .andExpect(content().string(containsString(">How well are children heard?</textarea>")))
                .andExpect(content().string(containsString(">Mostly well</textarea>")));
        mvc.perform(post("/lines-of-enquiry/{id}", lineId).with(data.as(manager)).with(csrf())
                        .param("question", " ").param("findingSummary", "Kept summary"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#question\">")))
                .andExpect(content().string(containsString(">Kept summary</textarea>")));
    }

    @Test
    void aFindingIsShownForEditingAndARefusedOneKeepsItsHeading() throws Exception {
        Long reviewId = data.review().create().getId();
        Long findingId = findings.add(reviewId, new FindingDetails(null, FindingKind.AREA_FOR_CONSIDERATION,
                FindingDetail.DETAILED, "Early help", "Thresholds are not understood")).getId();

        mvc.perform(get("/findings/{id}/edit", findingId).with(data.as(manager)))
                .andExpect(content().string(containsString("value=\"Early help\"")))
                .andExpect(content().string(containsString(">Thresholds are not understood</textarea>")));
        mvc.perform(post("/findings/{id}", findingId).with(data.as(manager)).with(csrf())
                        .param("kind", "STRENGTH").param("detail", "DETAILED").param("heading", "Kept heading")
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#text\">")))
                .andExpect(content().string(containsString("value=\"Kept heading\"")));
    }
}
