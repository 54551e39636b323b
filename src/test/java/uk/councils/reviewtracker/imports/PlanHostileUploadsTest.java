package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.HostileFiles;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * Plans built to exhaust the server (issue 13) are refused with a clear message, in a 512 MB heap (the
 * {@code hostile-uploads} surefire execution): nothing is kept and the next upload is read as usual.
 */
@IntegrationTest
class PlanHostileUploadsTest {

    private static byte[] hugeSheet;
    private static byte[] zipBomb;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Long reviewId;

    @BeforeAll
    static void hostileFiles() {
        hugeSheet = HostileFiles.hugeSheetXlsx();
        zipBomb = HostileFiles.zipBomb("xl/worksheets/sheet1.xml");
    }

    @BeforeEach
    void aNewReview() {
        reviewId = fixtures.newReview().getId();
    }

    @Test
    void aSheetOfMillionsOfCellsIsRefusedByItsCellCount() throws Exception {
        assertThat(hugeSheet.length).isLessThan(10 * 1024 * 1024);
        refused("plan.xlsx", hugeSheet, "more than " + String.format("%,d", SheetBudget.MAX_CELLS) + " cells");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        refused("plan.xlsx", new byte[0], "The selected file is empty");
    }

    @Test
    void aZipBombIsSaidToBeTooLargeNotDamaged() throws Exception {
        refused("plan.xlsx", zipBomb, "too large to read once unpacked");
    }

    private void refused(String name, byte[] bytes, String message) throws Exception {
        int uploadsBefore = uploads();
        mvc.perform(multipart("/reviews/{id}/import", reviewId)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString(message)));
        assertThat(uploads()).isEqualTo(uploadsBefore);

        mvc.perform(get("/reviews/{id}/import", reviewId).with(fixtures.as("manager"))).andExpect(status().isOk());
        mvc.perform(multipart("/reviews/{id}/import", reviewId)
                        .file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream",
                                PlanImportTest.councilPlan()))
                        .with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/imports/*"));
    }

    private int uploads() {
        return jdbc.queryForObject("select count(*) from import_upload", Integer.class);
    }
}
