package uk.councils.reviewtracker.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** Briefings say the same as the database, in every format, and nobody's text is ever run as markup. */
@IntegrationTest
class BriefingExportTest {

    private static final String MARKUP = "<script>alert('x')</script> & <b>bold</b>";

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
    private Action done;
    private Action late;
    private Action onTrack;

    @BeforeEach
    void aSmallPlan() {
        Review review = data.review().create();
        reviewId = review.getId();
        Long recommendationId = data.recommendation().on(review).create().getId();
        Long lead = data.user(Role.OFFICER).getId();
        done = actions.add(recommendationId, details("Publish the threshold document", lead,
                LocalDate.now().minusDays(20)), "Test");
        actions.recordProgress(done.getId(), ActionStatus.COMPLETE, "Published on 1 November", "Olu Officer",
                Instant.now());
        late = actions.add(recommendationId, details("Audit twenty " + MARKUP + " case files", lead,
                LocalDate.now().minusDays(5)), "Test");
        actions.recordProgress(late.getId(), ActionStatus.IN_PROGRESS, "Waiting for the =SUM(A1) data team",
                "Olu Officer", Instant.now());
        onTrack = actions.add(recommendationId, details("=HYPERLINK(\"http://evil\") train staff", null,
                LocalDate.now().plusDays(200)), "Test");
    }

    User officer;
    User manager;
    User scrutiny;

    @BeforeEach
    void people() {
        officer = data.user(Role.OFFICER);
        manager = data.user(Role.MANAGER);
        scrutiny = data.user(Role.SCRUTINY);
    }

    @Test
    void theWordDocumentGivesTheFiguresAndTheActionsBehindSchedule() throws IOException {
        Briefing briefing = create(BriefingTemplate.PROGRESS_UPDATE);
        byte[] docx = download("/briefings/" + briefing.getId() + ".docx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Of the 3 actions in the plan, one is complete (33%)",
                    "Audit twenty " + MARKUP + " case files", "Waiting for the =SUM(A1) data team",
                    "Actions behind schedule (1)", "RAG key", "Behind schedule");
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
            assertThat(document.getStyles().getStyle("Heading2")).isNotNull();
            assertThat(document.getTables()).isNotEmpty();
            String behindTable = document.getTables().stream().map(t -> t.getText())
                    .filter(t -> t.contains("Latest progress note")).findFirst().orElseThrow();
            assertThat(behindTable).contains("Audit twenty").doesNotContain("Publish the threshold document");
            assertThat(document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        }
    }

    @Test
    void thePdfGivesTheSameFiguresWithPageNumbersAndEscapedText() throws IOException {
        Briefing briefing = create(BriefingTemplate.COMMITTEE_REPORT);
        byte[] pdf = download("/briefings/" + briefing.getId() + ".pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Of the 3 actions in the plan, one is complete (33%)",
                    "Page 1 of " + document.getNumberOfPages(), "Appendix: the action plan", "Behind schedule",
                    "RAG key");
            // A narrow column wraps the long markup where it must: compare without the line breaks.
            assertThat(text.replace(" ", "")).contains(("Audit twenty " + MARKUP + " case files").replace(" ", ""));
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).contains("Committee report");
        }
    }

    @Test
    void theSpreadsheetsListEveryActionAsTextAndDefuseFormulas() throws IOException {
        byte[] xlsx = download("/reviews/" + reviewId + "/plan.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            for (PlanColumn column : PlanColumn.values()) {
                assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.header());
            }
            List<String> actionsColumn = List.of(1, 2, 3).stream()
                    .map(r -> sheet.getRow(r).getCell(PlanColumn.ACTION.ordinal()).getStringCellValue()).toList();
            assertThat(actionsColumn).contains("=HYPERLINK(\"http://evil\") train staff");
            assertThat(sheet.getRow(3).getCell(PlanColumn.ACTION.ordinal()).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(2).getCell(PlanColumn.RAG.ordinal()).getStringCellValue())
                    .isEqualTo("Behind schedule");
        }
        String csv = new String(download("/reviews/" + reviewId + "/plan.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains("Behind schedule");
        assertThat(csv.lines().count()).isEqualTo(4);
    }

    @Test
    void markupIsShownAsTextOnTheBriefingPage() throws Exception {
        Briefing briefing = create(BriefingTemplate.PROGRESS_UPDATE);
        briefings.issue(briefing.getId(), "manager");
        mvc.perform(get("/briefings/{id}", briefing.getId()).with(data.as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    }

    @Test
    void aLaterBriefingShowsWhatChangedAndTheEarlierSnapshotStaysAsItWas() throws Exception {
        Briefing first = create(BriefingTemplate.PROGRESS_UPDATE);
        briefings.issue(first.getId(), "manager");
        actions.recordProgress(onTrack.getId(), ActionStatus.COMPLETE, "Done early", "Test", Instant.now());
        Action lateNow = actions.get(late.getId());
        actions.update(lateNow.getId(), lateNow.getVersion(), new ActionDetails(lateNow.getText(), null, null, null,
                TargetDate.day(LocalDate.now().plusDays(60)), null, null, ActionStatus.IN_PROGRESS), "Test");
        Action extra = actions.add(actions.get(done.getId()).getRecommendation().getId(),
                details("A new action", null, LocalDate.now().plusDays(10)), "Test");

        Briefing second = create(BriefingTemplate.PROGRESS_UPDATE);
        Changes changes = briefings.document(briefings.get(second.getId())).changes();
        assertThat(changes.previous().getId()).isEqualTo(first.getId());
        assertThat(changes.completed()).extracting(c -> c.now().actionId()).containsExactly(onTrack.getId());
        assertThat(changes.slipped()).extracting(c -> c.now().actionId()).containsExactly(late.getId());
        assertThat(changes.added()).extracting(PlanLine::actionId).containsExactly(extra.getId());
        assertThat(briefings.snapshot(first.getId())).hasSize(3)
                .filteredOn(line -> line.actionId().equals(onTrack.getId()))
                .extracting(PlanLine::status).containsExactly(ActionStatus.NOT_STARTED);

        mvc.perform(post("/briefings/{id}/issue", second.getId()).with(data.as(manager)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/briefings/{id}", first.getId()).with(data.as(scrutiny)))
                .andExpect(content().string(containsString("A newer briefing has been issued")));
        mvc.perform(get("/briefings/{id}", second.getId()).with(data.as(scrutiny)))
                .andExpect(content().string(containsString("Completed since then (1)")))
                .andExpect(content().string(containsString("Slipped: target date moved later (1)")));
    }

    @Test
    void anIssuedBriefingNeverChanges() throws Exception {
        Briefing briefing = create(BriefingTemplate.BRIEFING_NOTE);
        briefings.issue(briefing.getId(), "manager");
        mvc.perform(get("/briefings/{id}/edit", briefing.getId()).with(data.as(manager)))
                .andExpect(status().isConflict());
        mvc.perform(post("/briefings/{id}", briefing.getId()).with(data.as(manager)).with(csrf())
                        .param("template", "BRIEFING_NOTE").param("meetingName", "Changed").param("meetingDate",
                                "2026-12-01").param("author", "X").param("version", "1"))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> briefings.issue(briefing.getId(), "manager"))
                .isInstanceOf(BriefingIssuedException.class);
        assertThat(briefings.get(briefing.getId()).getMeetingName()).isEqualTo("Test panel");
    }

    @Test
    void scrutinyMembersReadBriefingsButCannotWriteThem() throws Exception {
        Briefing briefing = create(BriefingTemplate.PROGRESS_UPDATE);
        briefings.issue(briefing.getId(), "manager");
        for (String page : List.of("/briefings/" + briefing.getId(), "/reviews/" + reviewId + "/briefings")) {
            mvc.perform(get(page).with(data.as(scrutiny))).andExpect(status().isOk());
        }
        mvc.perform(get("/reviews/{id}/briefings/new", reviewId).with(data.as(scrutiny)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reviews/{id}/briefings", reviewId).with(data.as(officer)).with(csrf())
                .param("template", "PROGRESS_UPDATE").param("meetingName", "x").param("meetingDate", "2026-12-01")
                .param("author", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/briefings/{id}/issue", briefing.getId()).with(data.as(scrutiny)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBriefingNeedsItsMeeting() throws Exception {
        mvc.perform(post("/reviews/{id}/briefings", reviewId).with(data.as(manager)).with(csrf())
                        .param("template", "PROGRESS_UPDATE").param("meetingDate", "not a date").param("author", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the meeting the briefing is for")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Enter the author")));
        assertThat(repository.findByReviewIdOrderByIdDesc(reviewId)).isEmpty();
    }

    private Briefing create(BriefingTemplate template) {
        return briefings.create(reviewId, new BriefingDetails(template, "Test panel", LocalDate.of(2026, 12, 10),
                "Morgan Manager", "Members", null));
    }

    private byte[] download(String url) {
        try {
            return mvc.perform(get(url).with(data.as(manager))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActionDetails details(String text, Long lead, LocalDate target) {
        return new ActionDetails(text, null, null, null, TargetDate.day(target), lead, null, ActionStatus.NOT_STARTED);
    }

    static String joined(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
