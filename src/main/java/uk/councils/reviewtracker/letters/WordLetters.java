package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import uk.councils.reviewtracker.letters.TypedMarkers.Kind;
import uk.councils.reviewtracker.letters.TypedMarkers.Typed;
import uk.councils.reviewtracker.letters.UnreadableLetterException.Problem;
import uk.councils.reviewtracker.letters.document.Block;
import uk.councils.reviewtracker.letters.document.Block.Cell;
import uk.councils.reviewtracker.letters.document.Block.Heading;
import uk.councils.reviewtracker.letters.document.Block.ListItem;
import uk.councils.reviewtracker.letters.document.Block.PageBreak;
import uk.councils.reviewtracker.letters.document.Block.Paragraph;
import uk.councils.reviewtracker.letters.document.Block.Row;
import uk.councils.reviewtracker.letters.document.Block.Table;
import uk.councils.reviewtracker.letters.document.LetterDocument;
import uk.councils.reviewtracker.letters.document.Source;

/**
 * Builds the document of a Word .docx letter from what Word knows about each paragraph, not from how its text
 * looks: heading levels from the outline level or the Heading n / Title style; list items from the paragraph's own
 * numbering or its style's (List Bullet, List Number and styles based on them: the style hierarchy is followed),
 * with their level and their number as Word shows it; tables row by row with merged cells (gridSpan across,
 * vMerge down). A short paragraph in bold type alone is a heading, as letters written without heading styles make
 * theirs. Sources count blocks, from 1.
 */
final class WordLetters {

    private static final Pattern HEADING_STYLE = Pattern.compile("^heading\\s*(\\d)$");
    private static final Pattern LIST_STYLE = Pattern.compile("^list (bullet|number)(?:\\s*(\\d))?$");
    private static final int BOLD_HEADING_WORDS = 12;
    private static final int BOLD_HEADING_LEVEL = 3;
    private static final int STYLE_DEPTH = 10;

    private final XWPFDocument document;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder lines = new StringBuilder();
    private final Map<String, int[]> counters = new HashMap<>();
    private int number;

    private WordLetters(XWPFDocument document) {
        this.document = document;
    }

    static LetterDocument read(byte[] bytes) throws UnreadableLetterException {
        try (XWPFDocument document = new XWPFDocument(LetterLimits.wordPackage(bytes))) {
            WordLetters reader = new WordLetters(document);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    reader.paragraph(paragraph).ifPresent(reader::add);
                    if (pageBreak(paragraph)) {
                        reader.blocks.add(new PageBreak(reader.source("")));
                    }
                } else if (element instanceof XWPFTable table) {
                    reader.table(table);
                }
            }
            return new LetterDocument(reader.blocks, reader.lines.toString());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
    }

    private void add(Block block) {
        blocks.add(block);
        lines.append(block.source().text()).append('\n');
    }

    private java.util.Optional<Block> paragraph(XWPFParagraph paragraph) {
        String written = paragraph.getText().strip();
        if (written.isEmpty()) {
            return java.util.Optional.empty();
        }
        Source source = source(written);
        String text = LetterCleaner.normalise(written);
        Numbering numbering = numbering(paragraph);
        if (numbering != null) {
            return java.util.Optional.of(new ListItem(numbering.level, marker(numbering), text, source));
        }
        Integer level = headingLevel(paragraph);
        java.util.Optional<Typed> typed = TypedMarkers.of(text);
        java.util.Optional<Typed> number = typed.filter(Typed::numbersSection);
        String typedNumber = number.map(Typed::ref).orElse(null);
        String body = number.map(Typed::text).orElse(text);
        if (level == null && boldAlone(paragraph, body)) {
            level = BOLD_HEADING_LEVEL;
        }
        if (level != null) {
            return java.util.Optional.of(new Heading(level, typedNumber, body, source));
        }
        if (LetterCleaner.BULLET.matcher(written).lookingAt()) {
            return java.util.Optional.of(new ListItem(0, null, text, source));
        }
        if (typed.isPresent() && typed.get().kind() != Kind.SECTION) {
            return java.util.Optional.of(new ListItem(0, typed.get().ref(), typed.get().text(), source));
        }
        return java.util.Optional.of(new Paragraph(typedNumber, body, source));
    }

    private Source source(String written) {
        number++;
        return new Source(number, number, written.replaceAll("\\s+", " "));
    }

    private void table(XWPFTable table) {
        List<Row> rows = new ArrayList<>();
        Map<Integer, Cell> above = new HashMap<>();
        int first = number + 1;
        StringBuilder written = new StringBuilder();
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null
                        ? properties.getGridSpan().getVal().intValue() : 1;
                boolean continued = properties != null && properties.getVMerge() != null
                        && properties.getVMerge().getVal() != STMerge.RESTART;
                Cell read;
                if (continued && above.containsKey(column)) {
                    Cell start = above.get(column);
                    read = new Cell(start.blocks(), span, true);
                } else {
                    List<Block> content = new ArrayList<>();
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        paragraph(paragraph).map(WordLetters::inCell).ifPresent(content::add);
                    }
                    read = new Cell(content, span, false);
                }
                above.put(column, read);
                cells.add(read);
                column += span;
            }
            String line = String.join("\t", cells.stream().map(Cell::text).toList());
            lines.append(line).append('\n');
            written.append(written.isEmpty() ? "" : "\n").append(line.replace('\t', ' '));
            rows.add(new Row(cells));
        }
        blocks.add(new Table(rows, new Source(first, Math.max(first, number), written.toString())));
    }

    /** In a cell a heading style only makes the words stand out: the cell's first line, a paragraph. */
    private static Block inCell(Block block) {
        return block instanceof Heading heading ? new Paragraph(heading.number(), heading.text(), heading.source())
                : block;
    }

    private static boolean pageBreak(XWPFParagraph paragraph) {
        if (paragraph.isPageBreak()) {
            return true;
        }
        for (XWPFRun run : paragraph.getRuns()) {
            for (CTBr br : run.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean boldAlone(XWPFParagraph paragraph, String text) {
        List<XWPFRun> runs = paragraph.getRuns().stream().filter(run -> !run.text().isBlank()).toList();
        return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold)
                && LetterLayout.words(text) <= BOLD_HEADING_WORDS && LetterLayout.headingLike(text);
    }

    /** Outline level of the paragraph or its style, else Heading n or Title along the style hierarchy. */
    private Integer headingLevel(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getOutlineLvl() != null && own.getOutlineLvl().getVal().intValue() < 9) {
            return own.getOutlineLvl().getVal().intValue() + 1;
        }
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = style(paragraph.getStyleID()); style != null && seen.add(style.getStyleId())
                && seen.size() < STYLE_DEPTH; style = style(style.getBasisStyleID())) {
            String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.UK).strip();
            Matcher heading = HEADING_STYLE.matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
            if (name.equals("title")) {
                return 1;
            }
            if (name.equals("subtitle")) {
                return 2;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.getOutlineLvl() != null
                    && properties.getOutlineLvl().getVal().intValue() < 9) {
                return properties.getOutlineLvl().getVal().intValue() + 1;
            }
        }
        return null;
    }

    private XWPFStyle style(String id) {
        return id == null || document.getStyles() == null ? null : document.getStyles().getStyle(id);
    }

    private record Numbering(BigInteger numId, int level, boolean bullet) {
    }

    /**
     * The paragraph's numbering: its own numPr (numId 0 switches numbering off), else the first numPr along its
     * style hierarchy, else a list style's name ("List Bullet 2") for a style that lost its numbering definition.
     */
    private Numbering numbering(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null && own.getNumPr().getNumId() != null) {
            return numbering(own.getNumPr(), null);
        }
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = style(paragraph.getStyleID()); style != null && seen.add(style.getStyleId())
                && seen.size() < STYLE_DEPTH; style = style(style.getBasisStyleID())) {
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.getNumPr() != null && properties.getNumPr().getNumId() != null) {
                return numbering(properties.getNumPr(), own == null ? null : own.getNumPr());
            }
            String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.UK).strip();
            Matcher list = LIST_STYLE.matcher(name);
            if (list.matches()) {
                int level = list.group(2) == null ? 0 : Integer.parseInt(list.group(2)) - 1;
                return new Numbering(BigInteger.valueOf(-1 - level), level, list.group(1).equals("bullet"));
            }
        }
        return null;
    }

    private Numbering numbering(CTNumPr numPr, CTNumPr ownLevel) {
        BigInteger numId = numPr.getNumId().getVal();
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        CTNumPr levelFrom = ownLevel != null && ownLevel.getIlvl() != null ? ownLevel : numPr;
        int level = levelFrom.getIlvl() == null ? 0 : levelFrom.getIlvl().getVal().intValue();
        CTLvl definition = level(numId, level);
        boolean bullet = definition == null || definition.getNumFmt() == null
                || definition.getNumFmt().getVal() == STNumberFormat.BULLET
                || definition.getNumFmt().getVal() == STNumberFormat.NONE;
        return new Numbering(numId, level, bullet);
    }

    private CTLvl level(BigInteger numId, int level) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) {
            return null;
        }
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    /**
     * The number Word shows before a numbered item, from the level's text ("%1.%2") and the counts so far; null
     * for a bullet. Deeper levels restart when a shallower one counts on.
     */
    private String marker(Numbering numbering) {
        if (numbering.bullet) {
            return null;
        }
        int[] count = counters.computeIfAbsent(numbering.numId.toString(), id -> new int[9]);
        int level = Math.min(numbering.level, 8);
        CTLvl definition = level(numbering.numId, level);
        int start = definition != null && definition.getStart() != null ? definition.getStart().getVal().intValue()
                : 1;
        count[level] = count[level] == 0 ? start : count[level] + 1;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String pattern = definition != null && definition.getLvlText() != null
                ? definition.getLvlText().getVal() : "%" + (level + 1);
        StringBuilder marker = new StringBuilder();
        Matcher place = Pattern.compile("%(\\d)").matcher(pattern);
        while (place.find()) {
            int at = Integer.parseInt(place.group(1)) - 1;
            place.appendReplacement(marker, String.valueOf(Math.max(1, at < count.length ? count[at] : 1)));
        }
        place.appendTail(marker);
        String clean = marker.toString().replaceAll("^[(\\s]+|[.):\\s]+$", "");
        return clean.isEmpty() ? null : clean;
    }
}
