package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.HostileFiles;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * Letters built to exhaust the server (issue 13) are refused with a message that names the limit, in a 512 MB
 * heap (the {@code hostile-uploads} surefire execution): no draft is kept and the next letter is read as usual.
 */
@IntegrationTest
class LetterHostileUploadsTest {

    private static byte[] longDocx;
    private static byte[] inflatingPdf;
    private static byte[] zipBomb;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void hostileFiles() {
        longDocx = HostileFiles.longDocx();
        inflatingPdf = HostileFiles.inflatingPdf();
        zipBomb = HostileFiles.zipBomb("word/document.xml");
    }

    @Test
    void aLetterOfHundredsOfThousandsOfParagraphsIsRefusedByItsLength() throws Exception {
        refused("letter.docx", longDocx,
                "more than " + String.format("%,d", LetterLimits.MAX_PARAGRAPHS) + " paragraphs");
    }

    @Test
    void aPdfWhoseContentInflatesToHundredsOfMegabytesIsRefusedByTheWorkItTakes() throws Exception {
        long started = System.nanoTime();
        refused("letter.pdf", inflatingPdf, "too much to read");
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(20);
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        refused("letter.docx", new byte[0], "The file is empty");
    }

    @Test
    void aZipBombIsSaidToBeTooLargeNotDamaged() throws Exception {
        refused("letter.docx", zipBomb, "too large to read once unpacked");
    }

    private void refused(String name, byte[] bytes, String message) throws Exception {
        int reviewsBefore = reviews.all().size();
        int draftsBefore = drafts();
        mvc.perform(multipart("/reviews/import-letter")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(drafts()).isEqualTo(draftsBefore);
        assertThat(reviews.all()).hasSize(reviewsBefore);

        mvc.perform(multipart("/reviews/import-letter")
                        .file(new MockMultipartFile("file", "letter.txt", "text/plain", walsallLetter()))
                        .with(fixtures.as("manager")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews/import-letter/draft"));
    }

    /** Drafts kept in sessions, which live in the database. */
    private int drafts() {
        return jdbc.queryForObject("select count(*) from spring_session_attributes where attribute_name = ?",
                Integer.class, LetterDraft.SESSION_ATTRIBUTE);
    }

    private static byte[] walsallLetter() throws java.io.IOException {
        String name = "/letters/seeds/walsall-2012-briefing-note-and-peer-review-letter.txt";
        try (InputStream in = LetterHostileUploadsTest.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
