package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;
import uk.councils.reviewtracker.letters.document.Block;
import uk.councils.reviewtracker.letters.document.Block.Heading;
import uk.councils.reviewtracker.letters.document.Block.ListItem;

/** Word letters are read from what Word knows: styles, numbering and tables, not how the text looks. */
class WordLettersTest {

    @Test
    void bulletsAndNumbersThatComeFromTheParagraphStyleAreListItems() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            BigInteger bullets = numbering(document, STNumberFormat.BULLET, "•");
            BigInteger numbers = numbering(document, STNumberFormat.DECIMAL, "%1.");
            styles.addStyle(style("Heading2", "heading 2", null, null));
            styles.addStyle(style("ListBullet", "List Bullet", null, bullets));
            styles.addStyle(style("FindingBullet", "Finding bullet", "ListBullet", null));
            styles.addStyle(style("ListNumber", "List Number", null, numbers));
            styled(document, "Heading2", "Summary strengths");
            styled(document, "FindingBullet", "Leaders know their services well");
            styled(document, "FindingBullet", "Partners share one vision");
            styled(document, "Heading2", "Recommendations");
            styled(document, "ListNumber", "Agree a single improvement plan");
            styled(document, "ListNumber", "Report progress to scrutiny");

            byte[] bytes = bytes(document);
            assertThat(LetterReader.read("letter.docx", bytes).blocks()).satisfies(blocks -> {
                assertThat(blocks.get(0)).isEqualTo(new Heading(2, null, "Summary strengths",
                        blocks.get(0).source()));
                assertThat(blocks).filteredOn(ListItem.class::isInstance).extracting(b -> ((ListItem) b).marker())
                        .containsExactly(null, null, "1", "2");
            });
            LetterExtraction letter = LetterExtractor.extract("letter.docx", bytes);
            assertThat(letter.summaryStrengths()).containsExactly("Leaders know their services well",
                    "Partners share one vision");
            assertThat(letter.prioritiesOrRecommendations()).containsExactly(
                    new Priority("1", "Agree a single improvement plan", "Recommendations"),
                    new Priority("2", "Report progress to scrutiny", "Recommendations"));
        }
    }

    @Test
    void aFindingsTableWithKindColumnsKeepsEachFindingsThemeAndKind() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("The table below sets out our findings.");
            XWPFTable table = document.createTable(3, 3);
            table.getRow(0).getCell(0).setText("Theme");
            table.getRow(0).getCell(1).setText("Strengths");
            table.getRow(0).getCell(2).setText("Areas for further consideration");
            table.getRow(1).getCell(0).setText("Leadership");
            table.getRow(1).getCell(1).setText("Leaders are visible.");
            table.getRow(1).getCell(1).addParagraph().createRun().setText("The lead member chairs the board.");
            table.getRow(1).getCell(2).setText("The plan is out of date.");
            table.getRow(2).getCell(0).setText("Practice");
            table.getRow(2).getCell(1).setText("Assessments are timely.");
            table.getRow(2).getCell(2).setText("Supervision is not recorded.");

            LetterExtraction letter = LetterExtractor.extract("letter.docx", bytes(document));

            assertThat(letter.detailedFindings()).containsExactly(
                    new DetailedFinding("Leadership", "strength", "Leaders are visible."),
                    new DetailedFinding("Leadership", "strength", "The lead member chairs the board."),
                    new DetailedFinding("Leadership", "area_for_consideration", "The plan is out of date."),
                    new DetailedFinding("Practice", "strength", "Assessments are timely."),
                    new DetailedFinding("Practice", "area_for_consideration", "Supervision is not recorded."));
            assertThat(letter.frameworkThemes()).containsExactly("Leadership", "Practice");
            assertThat(letter.summaryStrengths()).isEmpty();
        }
    }

    @Test
    void aThemeRowMergedAcrossTheTableThenLabelledRowsGiveFindingsByThemeAndKind() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(3, 2);
            table.getRow(0).getCell(0).setText("Effective practice");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(1);
            table.getRow(1).getCell(0).setText("Strengths:");
            table.getRow(1).getCell(1).setText("Assessments are timely.");
            table.getRow(2).getCell(0).setText("Areas for further consideration:");
            table.getRow(2).getCell(1).setText("Plans lack outcomes.");
            table.getRow(2).getCell(1).addParagraph().createRun().setText("Supervision is not recorded.");

            LetterExtraction letter = LetterExtractor.extract("letter.docx", bytes(document));

            assertThat(letter.detailedFindings()).containsExactly(
                    new DetailedFinding("Effective practice", "strength", "Assessments are timely."),
                    new DetailedFinding("Effective practice", "area_for_consideration", "Plans lack outcomes."),
                    new DetailedFinding("Effective practice", "area_for_consideration",
                            "Supervision is not recorded."));
        }
    }

    @Test
    void aCellMergedDownIsGivenInEachRowItCovers() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Leadership");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(0).getCell(1).setText("Leaders are visible.");
            table.getRow(1).getCell(1).setText("The board is strong.");

            Block.Table read = (Block.Table) LetterReader.read("letter.docx", bytes(document)).blocks().get(0);

            assertThat(read.rows().get(1).cells().get(0).text()).isEqualTo("Leadership");
            assertThat(read.rows().get(1).cells().get(0).mergedDown()).isTrue();
        }
    }

    private static void styled(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    private static XWPFStyle style(String id, String name, String basedOn, BigInteger numId) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (numId != null) {
            style.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        }
        return new XWPFStyle(style);
    }

    private static BigInteger numbering(XWPFDocument document, STNumberFormat.Enum format, String text) {
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering()
                : document.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(format == STNumberFormat.BULLET ? 10 : 20);
        abstractNum.setAbstractNumId(id);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewStart().setVal(BigInteger.ONE);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }
}
