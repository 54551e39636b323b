package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.councils.reviewtracker.findings.Finding;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** A manager imports a review letter: a draft first, checked and corrected; the review only on confirmation. */
@IntegrationTest
class LetterImportTest {

    private static final String WALSALL = "walsall-2012-briefing-note-and-peer-review-letter.txt";
    private static final String THURROCK_2020 = "thurrock-2020-independent-lscp-review.txt";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ReviewService reviews;
    @Autowired
    FindingService findings;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    FrameworkService frameworks;

    User manager;

    @BeforeEach
    void people() {
        manager = data.user(Role.MANAGER);
    }

    @Test
    void managerUploadsALetterAndSeesTheDraftWithNothingCreatedYet() throws Exception {
        int reviewsBefore = reviews.all().size();
        int frameworksBefore = frameworks.all().size();
        MockHttpSession session = upload(WALSALL);

        String page = mvc.perform(get("/reviews/import-letter/draft").with(conversation(session)).with(data.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check the draft review")))
                .andExpect(content().string(containsString("Celebrate your success!")))
                .andExpect(content().string(containsString("Source: line 133")))
                .andExpect(content().string(containsString("Front line children")))
                .andReturn().getResponse().getContentAsString();
        Map<String, String> fields = DraftPage.fields(page);
        assertThat(fields).containsEntry("organisationName", "Walsall Metropolitan Borough Council")
                .containsEntry("letterDate", "2012-03-25")
                .containsEntry("frameworkChoice", frameworks.findByName("LGA safeguarding peer challenge themes")
                        .orElseThrow().getId().toString());
        assertThat(reviews.all()).hasSize(reviewsBefore);
        assertThat(frameworks.all()).hasSize(frameworksBefore);
    }

    @Test
    void confirmingTheDraftCreatesTheReviewWithItsLinesOfEnquiryFindingsAndRecommendations() throws Exception {
        MockHttpSession session = upload(WALSALL);
        Map<String, String> fields = draftFields(session);
        String title = "Peer review imported " + UUID.randomUUID();
        fields.put("title", title);
        // Another organisation name, so that tests finding the demo Walsall review never find this one.
        fields.put("organisationName", "Walsall imported " + UUID.randomUUID());

        String location = submit(session, fields, "confirm").andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/reviews/*")).andReturn().getResponse().getRedirectedUrl();

        Review review = reviews.get(Long.valueOf(Objects.requireNonNull(location).replace("/reviews/", "")));
        assertThat(review.getTitle()).isEqualTo(title);
        assertThat(review.getOrganisation().getName()).isEqualTo(fields.get("organisationName"));
        assertThat(review.getLetterDate()).hasToString("2012-03-25");
        assertThat(review.getReviewLead()).isEqualTo("Paul Curran");
        assertThat(frameworks.get(review.getFramework().getId()).getName())
                .isEqualTo("LGA safeguarding peer challenge themes");
        assertThat(reviews.linesOfEnquiry(review.getId())).hasSize(4);
        assertThat(findings.summary(review.getId())).hasSize(7 + 13);
        assertThat(findings.forReview(review.getId()))
                .filteredOn(finding -> finding.getDetail() == FindingDetail.DETAILED).hasSize(69)
                .allSatisfy(finding -> assertThat(finding.getTheme()).isNotNull());
        assertThat(recommendations.forReview(review.getId())).extracting(Recommendation::getRef)
                .containsExactly("1", "2", "3", "4", "5");
        mvc.perform(get("/reviews/import-letter/draft").with(conversation(session)).with(data.as(manager)))
                .andExpect(redirectedUrl("/reviews/import-letter"));
    }

    @Test
    void managerEditsMovesDeletesAndAddsItemsBeforeConfirming() throws Exception {
        MockHttpSession session = upload(THURROCK_2020);
        Map<String, String> fields = draftFields(session);
        String sixSteps = frameworks.findByName("Working Together 2018 partnership arrangements").orElseThrow()
                .getId().toString();
        assertThat(fields).containsEntry("frameworkChoice", sixSteps)
                .containsEntry("items[0].kind", "LINE_OF_ENQUIRY")
                .containsEntry("items[8].kind", "RECOMMENDATION");
        fields.put("title", "Independent review imported " + UUID.randomUUID());
        fields.put("frameworkChoice", DraftReviewForm.NEW_FRAMEWORK);
        fields.put("newFrameworkName", "Six steps " + UUID.randomUUID());
        fields.put("items[0].delete", "true");
        fields.put("items[1].text", "How effective are Managed Reviews and Learning Practice Reviews?");
        fields.put("items[8].kind", "AREA_FOR_CONSIDERATION");
        fields.put("items[9].position", "99");
        fields.put("newItem.text", "Partners challenge each other respectfully");
        fields.put("newItem.kind", "STRENGTH");

        submit(session, fields, "update").andExpect(redirectedUrl("/reviews/import-letter/draft"));
        String page = draftPage(session);
        Map<String, String> updated = DraftPage.fields(page);
        assertThat(updated).containsEntry("items[0].text",
                "How effective are Managed Reviews and Learning Practice Reviews?");
        assertThat(updated.values()).doesNotContain(
                "To review the current structure of the LSCP; is it fit for purpose any suggested improvements?");
        assertThat(page).contains("Summary strengths", "Summary areas for consideration",
                "Partners challenge each other respectfully", "Added by you: not from the letter.");
        assertThat(updated).containsEntry("items[9].text", "Shared and agreed priorities across Partnerships for Thurrock")
                .containsEntry("items[33].text", "MASH steering group subgroup - governance through LSCP")
                .containsEntry("items[33].position", "25");

        String location = submit(session, updated, "confirm").andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        Long reviewId = Long.valueOf(Objects.requireNonNull(location).replace("/reviews/", ""));
        assertThat(reviews.linesOfEnquiry(reviewId)).hasSize(7);
        assertThat(findings.forReview(reviewId)).extracting(Finding::getText).containsExactly(
                "Partners challenge each other respectfully",
                "Consider deputies on Strategic Group to bring strategic/operation leads together");
        assertThat(recommendations.forReview(reviewId)).hasSize(25);
        assertThat(frameworks.get(reviews.get(reviewId).getFramework().getId()).getThemes()).hasSize(6);
    }

    @Test
    void aReviewThatExistsAlreadyIsNotCreatedAgain() throws Exception {
        MockHttpSession session = upload(WALSALL);
        Map<String, String> fields = draftFields(session);
        fields.put("title", "Peer review " + UUID.randomUUID());
        data.review().of(fields.get("organisationName")).titled(fields.get("title")).create();
        int reviewsBefore = reviews.all().size();

        submit(session, fields, "confirm").andExpect(status().isOk())
                .andExpect(content().string(containsString("This organisation already has a review with this title")))
                .andExpect(content().string(containsString("href=\"#title\"")));
        assertThat(reviews.all()).hasSize(reviewsBefore);
    }

    @Test
    void anItemLeftEmptyIsExplainedNextToIt() throws Exception {
        int reviewsBefore = reviews.all().size();
        MockHttpSession session = upload(WALSALL);
        Map<String, String> fields = draftFields(session);
        fields.put("title", "Peer review imported " + UUID.randomUUID());
        fields.put("organisationName", "Walsall imported " + UUID.randomUUID());
        fields.put("items[2].text", " ");

        submit(session, fields, "confirm").andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#items-2-text\"")))
                .andExpect(content().string(containsString("Enter the text of item 3 (Line of enquiry), or tick Delete")))
                .andExpect(content().string(containsString(fields.get("title"))));
        assertThat(reviews.all()).hasSize(reviewsBefore);
    }

    @ParameterizedTest(name = "{0} cannot import a letter")
    @EnumSource(value = Role.class, names = {"OFFICER", "SCRUTINY"})
    void onlyManagersImportLetters(Role role) throws Exception {
        User user = data.user(role);
        mvc.perform(get("/reviews/import-letter").with(data.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews/import-letter/draft").with(data.as(user))).andExpect(status().isForbidden());
        mvc.perform(multipart("/reviews/import-letter").file(file("letter.txt", seed(WALSALL)))
                .with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reviews/import-letter/draft").param("action", "confirm").with(data.as(user))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/letters/extract").file(file("letter.txt", seed(WALSALL)))
                .with(data.as(user)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/reviews").with(data.as(user)))
                .andExpect(content().string(not(containsString("Import a review letter"))));
    }

    @Test
    void managersFindTheImportOnTheReviewsPage() throws Exception {
        mvc.perform(get("/reviews").with(data.as(manager)))
                .andExpect(content().string(containsString("href=\"/reviews/import-letter\"")));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedWithAClearMessage() throws Exception {
        int reviewsBefore = reviews.all().size();

        mvc.perform(multipart("/reviews/import-letter").file(file("letter.pdf", seed(WALSALL)))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("letter.pdf is not a PDF file: its content is plain text.")))
                .andExpect(content().string(containsString("href=\"#file\"")));
        mvc.perform(multipart("/reviews/import-letter").file(file("letter.docx", new byte[0]))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(content().string(containsString("The file is empty")));
        mvc.perform(multipart("/reviews/import-letter").with(data.as(manager)).with(csrf()))
                .andExpect(content().string(containsString("Choose the letter to upload")));
        assertThat(reviews.all()).hasSize(reviewsBefore);
    }

    @Test
    void aLetterOverTheSizeLimitIsRefusedWithAClearMessage() throws Exception {
        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        mvc.perform(multipart("/reviews/import-letter").file(file("letter.pdf", justOver))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(content().string(containsString("The file is larger than 10 MB")));
        mvc.perform(post("/reviews/import-letter").content(new byte[12 * 1024 * 1024])
                        .contentType("multipart/form-data; boundary=x").with(data.as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/reviews/import-letter?problem=tooLarge"));
        mvc.perform(get("/reviews/import-letter").param("problem", "tooLarge").with(data.as(manager)))
                .andExpect(content().string(containsString("The file is larger than 10 MB")));
        mvc.perform(post("/api/letters/extract").content(new byte[12 * 1024 * 1024])
                        .contentType("multipart/form-data; boundary=x").with(data.as(manager)).with(csrf()))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.error").value("TOO_LARGE"));
    }

    @Test
    void aDraftThatHasGoneAsksForTheLetterAgain() throws Exception {
        mvc.perform(post("/reviews/import-letter/draft").param("title", "x").param("action", "confirm")
                        .with(data.as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/reviews/import-letter?problem=expired"));
        mvc.perform(get("/reviews/import-letter").param("problem", "expired").with(data.as(manager)))
                .andExpect(content().string(containsString("Your draft review was not found")));
    }

    @Test
    void theJsonEndpointAnswersWithTheGroundTruthFieldNames() throws Exception {
        mvc.perform(multipart("/api/letters/extract").file(file(WALSALL, seed(WALSALL)))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("Walsall Metropolitan Borough Council"))
                .andExpect(jsonPath("$.letter_or_report_date").value("2012-03-25"))
                .andExpect(jsonPath("$.framework_themes.length()").value(5))
                .andExpect(jsonPath("$.lines_of_enquiry[0].question").value(
                        "The effectiveness of your new multi-disciplinary arrangements for delivering early help"))
                .andExpect(jsonPath("$.summary_strengths.length()").value(7))
                .andExpect(jsonPath("$.summary_areas_for_consideration.length()").value(13))
                .andExpect(jsonPath("$.detailed_findings[0].theme").value("Outcomes"))
                .andExpect(jsonPath("$.detailed_findings[0].kind").value("strength"))
                .andExpect(jsonPath("$.priorities_or_recommendations[0].ref").value("1"))
                .andExpect(jsonPath("$.sources.summary_strengths[0].first_line").value(72));
        mvc.perform(multipart("/api/letters/extract").file(file("scan.pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("DAMAGED"))
                .andExpect(jsonPath("$.message").value(containsString("cannot be opened")));
    }


    @Test
    void theSummarySaysWhatWasFoundInEachSectionBesideACreateButton() throws Exception {
        LetterExtraction letter = LetterExtractor.extract(WALSALL, seed(WALSALL));
        String page = draftPage(upload(WALSALL));

        String summary = DraftPage.text(between(page, "id=\"draft-summary\"", "id=\"about\""));
        assertThat(summary).contains("Lines of enquiry", letter.linesOfEnquiry().size() + " found",
                "Summary strengths", letter.summaryStrengths().size() + " found",
                "Summary areas for consideration", letter.summaryAreasForConsideration().size() + " found",
                "Recommendations and priorities", letter.prioritiesOrRecommendations().size() + " found",
                "Findings per theme", "href=\"#theme-1\"", "Create the review");
        long outcomes = letter.detailedFindings().stream().filter(finding -> "Outcomes".equals(finding.theme())).count();
        assertThat(outcomes).isPositive();
        assertThat(summary).containsPattern("Outcomes</a>:\\s*\\d+ strengths?, \\d+ areas? for consideration");
        assertThat(page).containsPattern("Outcomes <span class=\"app-draft-section__found\">\\(\\d+ strengths?, ");
    }

    @Test
    void eachWarningOfTheExtractionIsShownAtTheTopAndOpensTheSectionItIsAbout() throws Exception {
        byte[] bytes = SHORT_LETTER.getBytes(StandardCharsets.UTF_8);
        LetterExtraction letter = LetterExtractor.extract("short-letter.txt", bytes);
        assertThat(letter.warnings()).isNotEmpty();

        String page = draftPage(upload("short-letter.txt", bytes));

        String top = DraftPage.text(between(page, "<h1", "id=\"draft-summary\""));
        for (Map.Entry<String, String> warning : letter.warnings().entrySet()) {
            assertThat(top).contains(warning.getValue());
            String section = DraftOutline.sectionOf(warning.getKey());
            if (section != null && !DraftOutline.FINDINGS.equals(section)) {
                assertThat(top).contains("href=\"#" + section + "\"");
                assertThat(DraftPage.isOpen(page, section)).as(section).isTrue();
            }
        }
        assertThat(top).contains("class=\"govuk-warning-text\"");
    }

    @Test
    void sectionsAreClosedUnlessTheyNeedTheManagerAndOneWithAnErrorOpensItself() throws Exception {
        MockHttpSession session = upload(WALSALL);
        String page = draftPage(session);
        assertThat(DraftPage.isOpen(page, "about")).isFalse();
        assertThat(DraftPage.isOpen(page, "lines-of-enquiry")).isFalse();
        assertThat(DraftPage.isOpen(page, "theme-1")).isFalse();
        assertThat(DraftPage.isOpen(page, "theme-2")).isFalse();

        Map<String, String> fields = DraftPage.fields(page);
        int inSecondTheme = itemIn(page, "theme-2");
        fields.put("items[" + inSecondTheme + "].text", "");
        fields.put("title", "Peer review imported " + UUID.randomUUID());
        String failed = submit(session, fields, "confirm").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(failed).contains("href=\"#items-" + inSecondTheme + "-text\"", "id=\"items-" + inSecondTheme + "-text\"");
        assertThat(DraftPage.isOpen(failed, "theme-2")).isTrue();
        assertThat(DraftPage.isOpen(failed, "theme-1")).isFalse();
    }

    @Test
    void bothCreateButtonsSubmitTheWholeDraftForm() throws Exception {
        String page = draftPage(upload(WALSALL));
        String form = between(page, "action=\"/reviews/import-letter/draft\"", "</form>");
        String confirm = "name=\"action\" value=\"confirm\"";

        int top = form.indexOf(confirm);
        int bottom = form.lastIndexOf(confirm);
        assertThat(top).isPositive().isLessThan(form.indexOf("id=\"about\""));
        assertThat(bottom).isGreaterThan(form.indexOf("id=\"add\""));
        assertThat(form.split(confirm, -1)).hasSize(3);
    }

    @Test
    void editsAreKeptAcrossAFailedCreateAReloadAndAVisitElsewhere() throws Exception {
        int reviewsBefore = reviews.all().size();
        MockHttpSession session = upload(WALSALL);
        Map<String, String> fields = draftFields(session);
        int inTheme = itemIn(draftPage(session), "theme-3");
        fields.put("title", "Edited title " + UUID.randomUUID());
        fields.put("items[0].text", "An edited line of enquiry");
        fields.put("items[" + inTheme + "].text", "An edited finding in the third theme");
        fields.put("items[2].text", " ");
        fields.put("newItem.text", "An item added but not yet updated");

        submit(session, fields, "confirm").andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#items-2-text\"")));
        mvc.perform(get("/reviews").with(conversation(session)).with(data.as(manager))).andExpect(status().isOk());
        Map<String, String> reloaded = draftFields(session);

        assertThat(reloaded).containsEntry("title", fields.get("title"))
                .containsEntry("items[0].text", "An edited line of enquiry")
                .containsEntry("items[" + inTheme + "].text", "An edited finding in the third theme")
                .containsEntry("items[2].text", " ")
                .containsEntry("newItem.text", "An item added but not yet updated");
        assertThat(reviews.all()).hasSize(reviewsBefore);

        reloaded.put("items[2].text", "A second line of enquiry, corrected");
        submit(session, reloaded, "update").andExpect(redirectedUrl("/reviews/import-letter/draft"));
        assertThat(DraftPage.text(draftPage(session))).contains("A second line of enquiry, corrected",
                "An item added but not yet updated", "An edited finding in the third theme");
    }

    @Test
    void updatingFromASectionComesBackToThatSectionOpen() throws Exception {
        MockHttpSession session = upload(WALSALL);
        Map<String, String> fields = draftFields(session);
        fields.put("section", "theme-2");

        submit(session, fields, "update")
                .andExpect(redirectedUrl("/reviews/import-letter/draft?open=theme-2#theme-2"));
        String page = mvc.perform(get("/reviews/import-letter/draft").param("open", "theme-2")
                .with(conversation(session)).with(data.as(manager))).andReturn().getResponse().getContentAsString();
        assertThat(DraftPage.isOpen(page, "theme-2")).isTrue();
        assertThat(DraftPage.isOpen(page, "theme-1")).isFalse();
    }

    @Test
    void goingToUploadAnotherLetterWarnsThatTheDraftWouldBeReplacedAndKeepsIt() throws Exception {
        MockHttpSession session = upload(WALSALL);
        Map<String, String> fields = draftFields(session);
        fields.put("items[0].text", "Kept while the manager looks at the upload page");
        submit(session, fields, "update");

        mvc.perform(get("/reviews/import-letter").with(conversation(session)).with(data.as(manager)))
                .andExpect(content().string(containsString("You have a draft review read from " + WALSALL)))
                .andExpect(content().string(containsString("href=\"/reviews/import-letter/draft\"")))
                .andExpect(content().string(containsString("replaces that draft")));
        assertThat(draftFields(session)).containsEntry("items[0].text", "Kept while the manager looks at the upload page");
        mvc.perform(get("/reviews/import-letter").with(data.as(manager)))
                .andExpect(content().string(not(containsString("You have a draft review"))));
    }

    /** A letter that gives a few strengths and nothing else, as short letters and cover notes do. */
    private static final String SHORT_LETTER = """
            Anyshire County Council
            Children's safeguarding peer review

            12 June 2024

            Dear Director of Children's Services,

            Thank you for inviting the team to look at your early help services.

            Strengths

            - Leaders know their services and their communities well
            - Staff say they feel supported by their managers

            Yours sincerely

            Pat Reviewer
            """;

    /** The index of the first item in a section of the page. */
    private static int itemIn(String page, String sectionId) {
        String section = between(page, "id=\"" + sectionId + "\"", "</details>\n");
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("name=\"items\\[(\\d+)]\\.text\"").matcher(section);
        assertThat(item.find()).as("an item in " + sectionId).isTrue();
        return Integer.parseInt(item.group(1));
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private MockHttpSession upload(String seedFile) throws Exception {
        return upload(seedFile, seed(seedFile));
    }

    private MockHttpSession upload(String fileName, byte[] bytes) throws Exception {
        MockHttpSession session = new MockHttpSession();
        jakarta.servlet.http.Cookie cookie = mvc.perform(multipart("/reviews/import-letter")
                        .file(file(fileName, bytes)).with(conversation(session))
                        .with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reviews/import-letter/draft"))
                .andReturn().getResponse().getCookie("SESSION");
        session.setAttribute(SESSION_COOKIE, cookie);
        return session;
    }

    private static final String SESSION_COOKIE = "test.sessionCookie";

    /**
     * Carries the draft between requests as a browser would: sessions live in the database (Spring Session), found
     * by the SESSION cookie, so the cookie from the upload goes with every later request.
     */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor conversation(
            MockHttpSession session) {
        return request -> {
            Object cookie = session.getAttribute(SESSION_COOKIE);
            if (cookie != null) {
                request.setCookies((jakarta.servlet.http.Cookie) cookie);
            }
            request.setSession(session);
            return request;
        };
    }

    private Map<String, String> draftFields(MockHttpSession session) throws Exception {
        return DraftPage.fields(draftPage(session));
    }

    private String draftPage(MockHttpSession session) throws Exception {
        return mvc.perform(get("/reviews/import-letter/draft").with(conversation(session))
                .with(data.as(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions submit(MockHttpSession session,
                                                                      Map<String, String> fields, String action)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/reviews/import-letter/draft").with(conversation(session))
                .with(data.as(manager)).with(csrf()).param("action", action);
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = LetterImportTest.class.getResourceAsStream("/letters/seeds/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
