package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.RatedAction;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.briefings.PlanLine;
import uk.councils.reviewtracker.briefings.PlanSpreadsheet;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/** Real plans, in all their variety, come in without losing a row; bad files change nothing. */
@IntegrationTest
class PlanImportTest {

    @Autowired
    ImportService imports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    PlanSpreadsheet spreadsheet;

    private Long reviewId;

    @BeforeEach
    void aNewReview() {
        reviewId = fixtures.newReview().getId();
    }

    /** A plan laid out as councils lay them out, with every variant the import must handle. */
    static byte[] councilPlan() {
        return PlanSheets.sheet()
                .row("Safeguarding Peer Review Action Plan 2012", "", "", "", "", "", "", "")
                .row("", "", "", "", "", "", "", "")
                .row("Rec No", "Recommendation", "Action(s)", "Success Measure / Evidence", "Lead Officer(s)",
                        "By when", "Progress / Update", "RAG")
                .row("PRIORITY 1: LEADERSHIP", "PRIORITY 1: LEADERSHIP", "PRIORITY 1: LEADERSHIP", "", "", "", "", "")
                .row("R14", "Draw up a simple concise road map", "Draft the road map\nwith partners",
                        "Road map published", "Olu Officer", "Aug-12", "Draft circulated", "Completed")
                .row("", "", "Test it with front-line staff", "", "Pat Nobody-Here (Head of Service)", "August 2012", "",
                        "In Progress")
                .row("3a", "Communicate the vision", "Staff briefings", "", "olu officer", "31/08/2012", "",
                        "behind schedule")
                .row("3a", "Communicate the vision", "Intranet page", "", "", "Q3 2012/13", "", "G")
                .row("(2)", "Developing member awareness", "Member development session", "", "", "Immediate", "",
                        "Amber")
                .row("", "", "Induction module", "", "", "Ongoing", "", "On track")
                .row("", "", "Scrutiny training", "", "", LocalDate.of(2012, 11, 30), "", "Sort of")
                .row("", "", "", "", "", "", "", "")
                .row("", "", "", "", "", "", "", "")
                .row("Key", "", "", "", "", "", "", "")
                .row("Red", "Behind schedule", "", "", "", "", "", "")
                .row("Green", "On track", "", "", "", "", "", "")
                .merge(3, 3, 0, 2)
                .xlsx();
    }

    @Test
    void thePreviewReadsEveryVariantAndWritesNothing() {
        int before = actions.forReview(reviewId).size();
        ImportPreview preview = imports.preview(imports.upload(reviewId, "plan.xlsx", councilPlan()));

        assertThat(actions.forReview(reviewId)).hasSize(before);
        assertThat(preview.headerRow()).isEqualTo(3);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.recommendations()).extracting(ImportPreview.Recommendation::ref)
                .containsExactly("R14", "3a", "(2)");
        assertThat(preview.recommendations()).allSatisfy(r -> assertThat(r.group()).isEqualTo("PRIORITY 1: LEADERSHIP"));
        ImportPreview.Recommendation roadMap = preview.recommendations().get(0);
        assertThat(roadMap.actions()).extracting(ImportPreview.Action::text)
                .containsExactly("Draft the road map\nwith partners", "Test it with front-line staff");
        ImportPreview.Action draft = roadMap.actions().get(0);
        assertThat(draft.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(draft.target()).isEqualTo(TargetDate.month(YearMonth.of(2012, 8)));
        assertThat(draft.measure()).isEqualTo("Road map published");
        assertThat(draft.leadUserId()).isEqualTo(fixtures.userId("officer"));
        assertThat(draft.note()).isEqualTo("Draft circulated");
        ImportPreview.Action test = roadMap.actions().get(1);
        assertThat(test.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(test.leadUserId()).isNull();
        assertThat(test.lead()).isEqualTo("Pat Nobody-Here (Head of Service)");

        List<ImportPreview.Action> vision = preview.recommendations().get(1).actions();
        assertThat(vision).extracting(ImportPreview.Action::status)
                .containsExactly(ActionStatus.BEHIND_SCHEDULE, ActionStatus.IN_PROGRESS);
        assertThat(vision.get(0).target()).isEqualTo(TargetDate.day(LocalDate.of(2012, 8, 31)));
        assertThat(vision.get(1).target()).isEqualTo(TargetDate.month(YearMonth.of(2012, 12)));

        List<ImportPreview.Action> members = preview.recommendations().get(2).actions();
        assertThat(members).extracting(ImportPreview.Action::timescale).containsExactly("Immediate", "Ongoing", null);
        assertThat(members.get(0).target()).isNull();
        assertThat(members.get(2).target()).isEqualTo(TargetDate.day(LocalDate.of(2012, 11, 30)));
        assertThat(members.get(2).status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(members.get(2).note()).contains("Status in the plan: Sort of");

        assertThat(preview.issues()).extracting(ImportPreview.Issue::message).anyMatch(m -> m.contains(
                "\"Pat Nobody-Here (Head of Service)\" is not a user")).anyMatch(m -> m.contains("RAG key"))
                .anyMatch(m -> m.contains("\"Immediate\" is not a date")).anyMatch(m -> m.contains("Sort of"));
        assertThat(preview.issues()).filteredOn(i -> i.message().contains("Sort of"))
                .extracting(ImportPreview.Issue::row, ImportPreview.Issue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11, "H"));
    }

    @Test
    void confirmingCreatesThePlanAndImportingTheSameFileAgainChangesNothing() {
        ImportResult first = imports.confirm(imports.upload(reviewId, "plan.xlsx", councilPlan()), "Morgan Manager");
        assertThat(first.recommendationsCreated()).isEqualTo(3);
        assertThat(first.actionsCreated()).isEqualTo(7);
        List<RatedAction> imported = actions.forReview(reviewId);
        assertThat(imported).hasSize(7);
        Action draft = imported.get(0).action();
        assertThat(draft.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(actions.history(draft.getId())).extracting(u -> u.getNote()).containsExactly("Draft circulated");
        assertThat(imported.get(1).action().getLeadName()).isEqualTo("Pat Nobody-Here (Head of Service)");

        ImportResult again = imports.confirm(imports.upload(reviewId, "plan.xlsx", councilPlan()), "Morgan Manager");
        assertThat(again.recommendationsCreated()).isZero();
        assertThat(again.actionsCreated()).isZero();
        assertThat(again.actionsUpdated()).isZero();
        assertThat(again.actionsUnchanged()).isEqualTo(7);
        assertThat(actions.forReview(reviewId)).hasSize(7);
        assertThat(recommendations.forReview(reviewId)).hasSize(3);
    }

    @Test
    void aNewerVersionUpdatesTheActionsItMatchesAndRecordsTheirProgress() {
        imports.confirm(imports.upload(reviewId, "v1.csv", simplePlan("In progress", "")), "Morgan Manager");
        Action action = actions.forReview(reviewId).get(0).action();

        ImportPreview preview = imports.preview(imports.upload(reviewId, "v2.csv",
                simplePlan("Complete", "Signed off at the board")));
        assertThat(preview.changedActions()).isEqualTo(1);
        assertThat(preview.newActions()).isZero();
        imports.confirm(preview.uploadId(), "Morgan Manager");

        Action updated = actions.get(action.getId());
        assertThat(updated.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(actions.history(action.getId()).get(0).getNote()).isEqualTo("Signed off at the board");
        assertThat(actions.history(action.getId()).get(0).getOldStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(actions.forReview(reviewId)).hasSize(1);
    }

    @Test
    void aPartialPlanNeverErasesWhatItLeavesOut() {
        imports.confirm(imports.upload(reviewId, "plan.xlsx", councilPlan()), "Morgan Manager");
        byte[] actionsOnly = PlanSheets.sheet().row("Ref", "Recommendation", "Action")
                .row("R14", "Draw up a simple concise road map", "Draft the road map\nwith partners").csv();

        ImportPreview preview = imports.preview(imports.upload(reviewId, "partial.csv", actionsOnly));
        assertThat(preview.changedActions()).isZero();
        imports.confirm(preview.uploadId(), "Morgan Manager");

        Action draft = actions.forReview(reviewId).get(0).action();
        assertThat(draft.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(draft.getSuccessMeasure()).isEqualTo("Road map published");
        assertThat(draft.getLeadOfficer()).isNotNull();
    }

    @Test
    void anExportedPlanImportedAgainChangesNothing() {
        imports.confirm(imports.upload(reviewId, "plan.xlsx", councilPlan()), "Morgan Manager");
        byte[] exported = spreadsheet.xlsx("Action plan", lines());

        ImportPreview preview = imports.preview(imports.upload(reviewId, "exported.xlsx", exported));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newRecommendations()).isZero();
        assertThat(preview.newActions()).isZero();
        assertThat(preview.changedActions()).isZero();
        assertThat(preview.unchangedActions()).isEqualTo(7);
        imports.confirm(preview.uploadId(), "Morgan Manager");

        byte[] exportedAgain = spreadsheet.xlsx("Action plan", lines());
        assertThat(cells(exportedAgain)).isEqualTo(cells(exported));
    }

    @Test
    void anExportedPlanBuildsTheSamePlanInAnotherReview() {
        imports.confirm(imports.upload(reviewId, "plan.xlsx", councilPlan()), "Morgan Manager");
        byte[] exported = spreadsheet.xlsx("Action plan", lines());
        Long otherReview = fixtures.newReview().getId();

        imports.confirm(imports.upload(otherReview, "exported.xlsx", exported), "Morgan Manager");

        List<String> before = lines().stream().map(l -> l.ref() + "|" + l.action() + "|" + l.status() + "|"
                + l.target() + "|" + l.lead() + "|" + l.latestNote()).toList();
        reviewId = otherReview;
        List<String> after = lines().stream().map(l -> l.ref() + "|" + l.action() + "|" + l.status() + "|"
                + l.target() + "|" + l.lead() + "|" + l.latestNote()).toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aPlanWithoutAnActionColumnCannotBeImported() {
        byte[] file = PlanSheets.sheet().row("Ref", "Recommendation", "Lead").row("1", "Do things", "Jo").csv();
        ImportPreview preview = imports.preview(imports.upload(reviewId, "plan.csv", file));
        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.errors()).extracting(ImportPreview.Issue::message)
                .anyMatch(m -> m.contains("No column holds the actions"));
        assertThatThrownBy(() -> imports.confirm(preview.uploadId(), "x")).isInstanceOf(ImportException.class);
        assertThat(actions.forReview(reviewId)).isEmpty();
    }

    @Test
    void theManagerSaysWhatAnUnrecognisedColumnHolds() {
        byte[] file = PlanSheets.sheet().row("Ref", "Recommendation", "What we will deliver", "Officer in charge")
                .row("1", "Do things", "Deliver the first thing", "Olu Officer").csv();
        Long uploadId = imports.upload(reviewId, "plan.csv", file);
        assertThat(imports.preview(uploadId).canConfirm()).isFalse();

        imports.mapColumns(uploadId, Map.of(2, PlanField.ACTION, 3, PlanField.LEAD));
        ImportPreview preview = imports.preview(uploadId);
        assertThat(preview.canConfirm()).isTrue();
        assertThat(preview.recommendations().get(0).actions().get(0).leadUserId())
                .isEqualTo(fixtures.userId("officer"));
    }

    @Test
    void badFilesAreRefusedWithAClearReasonAndNothingKept() throws Exception {
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                "import.file.notSpreadsheet");
        byte[] plan = councilPlan();
        assertRefused(java.util.Arrays.copyOf(plan, plan.length / 2), "import.file.corrupt");
        assertRefused(encrypted(plan), "import.file.encrypted");
        assertRefused(zipBomb(plan), "import.file.unpacksTooLarge");
        StringBuilder huge = new StringBuilder("Ref,Recommendation,Action\r\n");
        for (int i = 0; i < SheetCells.MAX_ROWS + 1; i++) {
            huge.append("1,Rec,Action ").append(i).append("\r\n");
        }
        assertRefused(huge.toString().getBytes(StandardCharsets.UTF_8), "import.file.tooManyRows");
        assertThat(recommendations.forReview(reviewId)).isEmpty();
    }

    @Autowired
    AbandonedUploads abandoned;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void uploadsNobodyConfirmsAreDeletedAfterADay() {
        Long fresh = imports.upload(reviewId, "plan.csv", simplePlan("In progress", ""));
        Long old = imports.upload(reviewId, "old.csv", simplePlan("In progress", ""));
        jdbc.update("update import_upload set created_at = created_at - interval '25 hours' where id = ?", old);

        abandoned.purge();

        assertThat(imports.preview(fresh)).isNotNull();
        assertThatThrownBy(() -> imports.preview(old))
                .isInstanceOf(uk.councils.reviewtracker.common.NotFoundException.class);
    }

    @Test
    void formulaLikeTextIsImportedAsTextAndNeverRun() {
        byte[] file = PlanSheets.sheet().row("Ref", "Recommendation", "Action")
                .row("1", "=1+1", "=HYPERLINK(\"http://evil\",\"click\")").csv();
        imports.confirm(imports.upload(reviewId, "plan.csv", file), "x");
        Recommendation recommendation = recommendations.forReview(reviewId).get(0);
        assertThat(recommendation.getText()).isEqualTo("=1+1");
        assertThat(actions.forReview(reviewId).get(0).action().getText()).startsWith("=HYPERLINK");
        String csv = new String(spreadsheet.csv(lines()), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'=1+1");
    }

    /** The plan of issue 12: no recommendation column, each recommendation's long text merged across its row. */
    @Test
    void aRecommendationMergedAcrossItsRowIsItsTextNotAnActionAndConfirms() {
        String text = "Strengthen the multi-agency front door so that every referral is screened consistently, "
                + "recorded in one place, and decided on within one working day by a qualified social worker, with "
                + "the reasons for the decision written down and shared with the referrer";
        byte[] plan = PlanSheets.sheet()
                .row("Ref", "Action", "Lead", "Timescale", "Target date", "Status", "Progress")
                .row("R1", "RECOMMENDATION : " + text).merge(1, 1, 1, 6)
                .row("", "Co-locate police and health staff in the MASH", "Head of MASH", "6 months", "30/09/2013",
                        "Green", "")
                .row("R2", "RECOMMENDATION : Hear the child").merge(3, 3, 1, 6)
                .row("", "Add the child's view to the assessment form", "Systems Manager", "1 month", "", "", "")
                .xlsx();

        ImportPreview preview = imports.preview(imports.upload(reviewId, "plan.xlsx", plan));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.recommendations()).extracting(ImportPreview.Recommendation::ref,
                        ImportPreview.Recommendation::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R1", text),
                        org.assertj.core.groups.Tuple.tuple("R2", "Hear the child"));
        assertThat(preview.newActions()).isEqualTo(2);

        imports.confirm(preview.uploadId(), "Morgan Manager");
        assertThat(recommendations.forReview(reviewId)).extracting(Recommendation::getText)
                .containsExactly(text, "Hear the child");
        assertThat(actions.forReview(reviewId)).extracting(r -> r.action().getText())
                .containsExactly("Co-locate police and health staff in the MASH",
                        "Add the child's view to the assessment form");
    }

    @Test
    void referencesWrittenDifferentlyAndActionsPunctuatedDifferentlyMatchWhatIsThere() {
        imports.confirm(imports.upload(reviewId, "v1.csv", PlanSheets.sheet()
                .row("Ref", "Recommendation", "Action", "Status")
                .row("R4", "Strengthen the front door", "Review the MASH with partners", "In progress")
                .row("5", "Hear the child", "Add the child's view to the form", "Not started").csv()), "x");

        ImportPreview again = imports.preview(imports.upload(reviewId, "v2.csv", PlanSheets.sheet()
                .row("Ref", "Recommendation", "Action", "Status")
                .row("Rec 4", "Strengthen the front door.", "review the MASH, with partners.", "In progress")
                .row("Recommendation 5", "Hear the child", "Add the child's view to the form", "Not started")
                .row("", "", "Add the child's own view to the form", "Not started").csv()));

        assertThat(again.newRecommendations()).isZero();
        assertThat(again.newActions()).isEqualTo(1);
        assertThat(again.unchangedActions()).isEqualTo(2);
        assertThat(again.issues()).filteredOn(i -> i.row() == 4).extracting(ImportPreview.Issue::message)
                .anyMatch(m -> m.contains("nearly the same as \"Add the child's view to the form\""));
    }

    private void assertRefused(byte[] file, String reason) {
        assertThatThrownBy(() -> imports.upload(reviewId, "plan.xlsx", file))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getMessageKey()).isEqualTo(reason));
    }

    private static byte[] simplePlan(String status, String progress) {
        return PlanSheets.sheet().row("Ref", "Recommendation", "Action", "Status", "Progress")
                .row("1", "Strengthen the front door", "Review the MASH", status, progress).csv();
    }

    private List<PlanLine> lines() {
        return actions.planRows(reviewId).stream().map(PlanLine::ofRow).toList();
    }

    private static List<List<String>> cells(byte[] xlsx) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new java.util.ArrayList<>();
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.UK);
            workbook.getSheetAt(0).forEach(row -> {
                List<String> values = new java.util.ArrayList<>();
                // As the cell shows: the export writes dates and numeric refs as numbers, not text.
                row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
                rows.add(values);
            });
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A real workbook whose sheet is replaced by 200 MB of one repeated character: a few hundred KB zipped. */
    private static byte[] zipBomb(byte[] xlsx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().endsWith("sheet1.xml")) {
                    byte[] block = new byte[1024 * 1024];
                    java.util.Arrays.fill(block, (byte) ' ');
                    zip.write("<?xml version=\"1.0\"?><worksheet>".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 200; i++) {
                        zip.write(block);
                    }
                    zip.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

}
