package uk.councils.reviewtracker.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.support.IntegrationTest;
import uk.councils.reviewtracker.support.TestData;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;

/** The files a clerk downloads can be sent as they are: A4, readable tables, real dates, printable sheets. */
@IntegrationTest
class ClerkReadyExportsTest {

    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;
    private static final String REC_2 = "Agree a lead, a delivery plan and a timetable for the front door";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ActionService actions;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    BriefingService briefings;

    private Long reviewId;
    private String reviewTitle;
    private Action late;
    private Action monthly;

    /** Recommendations 2 and 10 (so a text sort would put 10 first), 40 actions: the appendix runs over pages. */
    @BeforeEach
    void aPlanOfTwoRecommendations() {
        var review = data.review().create();
        reviewId = review.getId();
        reviewTitle = review.getTitle();
        Long two = recommendations.add(reviewId, new RecommendationDetails("2", REC_2, null, null, List.of(), null))
                .getId();
        Long ten = recommendations.add(reviewId, new RecommendationDetails("10", "Hear the voice of the child",
                null, null, List.of(), null)).getId();
        late = actions.add(two, day("Audit the referrals of the last quarter", LocalDate.now().minusDays(5)), "Test");
        actions.recordProgress(late.getId(), ActionStatus.IN_PROGRESS, "Waiting for the data team", "Olu Officer",
                Instant.now().minusSeconds(86_400 * 3));
        monthly = actions.add(ten, new ActionDetails("Publish the participation strategy", null, null, null,
                TargetDate.month(YearMonth.of(2027, 3)), null, null, ActionStatus.NOT_STARTED, null), "Test");
        for (int i = 1; i <= 38; i++) {
            actions.add(i % 2 == 0 ? two : ten, day("Deliver part " + i + " of the improvement work with partners",
                    LocalDate.now().plusDays(30 + i)), "Test");
        }
    }

    User manager;

    @BeforeEach
    void people() {
        manager = data.user(Role.MANAGER);
    }

    @Test
    void theWordReportIsA4WithFittedColumnsRepeatedHeadersAndALandscapeAppendix() throws IOException {
        Briefing briefing = create(BriefingTemplate.COMMITTEE_REPORT);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(
                "/briefings/" + briefing.getId() + ".docx")))) {
            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getSectPr() != null) {
                    sections.add(paragraph.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(docx.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(2);
            assertThat(size(sections.get(0))).containsExactly(A4_SHORT, A4_LONG);
            assertThat(size(sections.get(1))).containsExactly(A4_LONG, A4_SHORT);
            assertThat(sections.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((BigInteger) sections.get(0).getPgMar().getLeft()).longValue()).isBetween(1000L, 1500L);

            for (XWPFTable table : docx.getTables()) {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                List<BigInteger> widths = table.getCTTbl().getTblGrid().getGridColList().stream()
                        .map(col -> (BigInteger) col.getW()).toList();
                assertThat(widths).hasSize(table.getRow(0).getTableCells().size());
                assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            }
            XWPFTable appendix = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Action")).reduce((a, b) -> b).orElseThrow();
            List<BigInteger> widths = appendix.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(col -> (BigInteger) col.getW()).toList();
            assertThat(widths.get(0)).isGreaterThan(widths.get(2).multiply(BigInteger.TWO));
            assertThat(docx.getHeaderList()).anySatisfy(header -> assertThat(header.getText()).contains("DRAFT"));
        }
    }

    @Test
    void thePlanAppendixGroupsActionsUnderTheirRecommendationAndGivesTheRagOnce() throws IOException {
        Briefing briefing = create(BriefingTemplate.COMMITTEE_REPORT);
        String text = pdfText(download("/briefings/" + briefing.getId() + ".pdf"));
        String appendix = text.substring(text.indexOf("Appendix"));
        assertThat(appendix).contains("Recommendation 2", REC_2, "Recommendation 10", "Hear the voice of the child");
        assertThat(appendix.indexOf(REC_2)).isLessThan(appendix.indexOf("Audit the referrals"));
        assertThat(appendix.indexOf("Audit the referrals")).isLessThan(appendix.indexOf("Recommendation 10"));
        assertThat(appendix).doesNotContain("Status");
    }

    @Test
    void thePdfRepeatsTheAppendixHeaderOnEveryPageAndMarksADraft() throws IOException {
        Briefing briefing = create(BriefingTemplate.COMMITTEE_REPORT);
        try (PDDocument pdf = Loader.loadPDF(download("/briefings/" + briefing.getId() + ".pdf"))) {
            int pages = pdf.getNumberOfPages();
            int appendixStart = 0;
            for (int page = 1; page <= pages; page++) {
                String text = pageText(pdf, page);
                assertThat(text).as("page %d", page).contains("DRAFT");
                if (text.contains("Appendix")) {
                    appendixStart = page;
                }
                if (appendixStart > 0 && page > appendixStart && text.contains("Deliver part")) {
                    assertThat(text).as("page %d", page).contains("Action Lead officer Target date RAG");
                }
            }
            assertThat(appendixStart).isPositive().isLessThan(pages);
        }
        briefings.issue(briefing.getId(), "manager");
        assertThat(pdfText(download("/briefings/" + briefing.getId() + ".pdf"))).doesNotContain("DRAFT");
    }

    @Test
    void theExcelPlanHasRealDatesNumbersAndColoursAndPrintsOnePageWide() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(
                "/reviews/" + reviewId + "/plan.xlsx")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int lateRow = rowOf(sheet, "Audit the referrals of the last quarter");
            int monthRow = rowOf(sheet, "Publish the participation strategy");

            XSSFCell ref = sheet.getRow(lateRow).getCell(PlanColumn.REF.ordinal());
            assertThat(ref.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(ref.getNumericCellValue()).isEqualTo(2.0);

            XSSFCell target = sheet.getRow(lateRow).getCell(PlanColumn.TARGET.ordinal());
            assertThat(DateUtil.isCellDateFormatted(target)).isTrue();
            assertThat(target.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now().minusDays(5));
            XSSFCell month = sheet.getRow(monthRow).getCell(PlanColumn.TARGET.ordinal());
            assertThat(month.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(month.getCellStyle().getDataFormatString()).doesNotContain("d");
            XSSFCell progressDate = sheet.getRow(lateRow).getCell(PlanColumn.PROGRESS_DATE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(progressDate)).isTrue();

            XSSFCell rag = sheet.getRow(lateRow).getCell(PlanColumn.RAG.ordinal());
            assertThat(rag.getStringCellValue()).isEqualTo("Behind schedule");
            XSSFCellStyle ragStyle = rag.getCellStyle();
            assertThat(ragStyle.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(ragStyle.getFillForegroundXSSFColor().getARGBHex()).isNotNull();
            String lateColour = ragStyle.getFillForegroundXSSFColor().getARGBHex();
            String monthColour = sheet.getRow(monthRow).getCell(PlanColumn.RAG.ordinal()).getCellStyle()
                    .getFillForegroundXSSFColor().getARGBHex();
            assertThat(lateColour).isNotEqualTo(monthColour);

            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getHeader().getCenter() + sheet.getFooter().getCenter()).contains("&P");
        }
    }

    @Test
    void theCsvOpensInExcelWithOneDateFormatAPrecisionColumnAndTheLastUpdateOfThePlanPage() throws Exception {
        Action moved = actions.get(late.getId());
        actions.update(moved.getId(), moved.getVersion(), new ActionDetails(moved.getText(), null, null, null,
                TargetDate.day(LocalDate.of(2027, 5, 31)), null, null, ActionStatus.IN_PROGRESS, null), "Test");
        Instant lastUpdate = actions.get(late.getId()).getLastProgressAt();

        var response = mvc.perform(get("/reviews/{id}/plan.csv", reviewId).with(data.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse();
        byte[] csv = response.getContentAsByteArray();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        CSVRecord lateLine = records.stream().filter(r -> r.get("Action").startsWith("Audit")).findFirst()
                .orElseThrow();
        CSVRecord monthLine = records.stream().filter(r -> r.get("Action").startsWith("Publish the participation"))
                .findFirst().orElseThrow();
        assertThat(lateLine.get("Target date")).isEqualTo("31/05/2027");
        assertThat(lateLine.get("Target precision")).isEqualTo("Day");
        assertThat(monthLine.get("Target date")).isEqualTo("31/03/2027");
        assertThat(monthLine.get("Target precision")).isEqualTo("Month");
        assertThat(lateLine.get("Progress date")).isEqualTo(lastUpdate == null ? ""
                : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(lastUpdate.atZone(ZoneId.of("Europe/London"))));
        String slug = ("Testshire County Council " + reviewTitle).toLowerCase(java.util.Locale.UK)
                .replaceAll("[^a-z0-9]+", "-");
        String fileName = response.getHeader("Content-Disposition").replaceAll(".*filename=\"?([^\";]+).*", "$1");
        assertThat(fileName).endsWith("-plan.csv");
        String cut = fileName.substring(0, fileName.length() - "-plan.csv".length());
        assertThat(slug + "-").as("cut at a word").startsWith(cut + "-");
    }

    private static List<Long> size(CTSectPr section) {
        return List.of(((BigInteger) section.getPgSz().getW()).longValue(),
                ((BigInteger) section.getPgSz().getH()).longValue());
    }

    private static int rowOf(XSSFSheet sheet, String action) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(PlanColumn.ACTION.ordinal()).getStringCellValue().equals(action)) {
                return r;
            }
        }
        throw new AssertionError("No row for " + action);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Briefing create(BriefingTemplate template) {
        return briefings.create(reviewId, new BriefingDetails(template, "Test panel", LocalDate.now().plusDays(7),
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

    private static ActionDetails day(String text, LocalDate target) {
        return new ActionDetails(text, null, null, null, TargetDate.day(target), null, null,
                ActionStatus.NOT_STARTED, null);
    }
}
