package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.councils.reviewtracker.letters.FindingsTables.TableFinding;
import uk.councils.reviewtracker.letters.document.Block;
import uk.councils.reviewtracker.letters.document.Block.Cell;
import uk.councils.reviewtracker.letters.document.Block.Heading;
import uk.councils.reviewtracker.letters.document.Block.ListItem;
import uk.councils.reviewtracker.letters.document.Block.Paragraph;
import uk.councils.reviewtracker.letters.document.Block.Row;
import uk.councils.reviewtracker.letters.document.Block.Table;
import uk.councils.reviewtracker.letters.document.LetterDocument;
import uk.councils.reviewtracker.letters.document.Source;

/**
 * A letter's document as the {@link LetterExtractor} reads it, one unit after another, whatever the format: a
 * findings table ({@link FindingsTables}) is one unit with its findings; any other table is opened into its rows:
 * "theme | text" rows, numbered rows ("1 | text") as numbered items, rows whose first cell is empty as the items
 * of the cell above carried on, a row with its first cell alone as a heading, and a one-column table as its
 * paragraphs and items.
 */
final class ReadingOrder {

    enum Type { HEADING, PARAGRAPH, ITEM, ROW, FINDINGS, RECOMMENDATION }

    /**
     * One unit. {@code ref} is the number written before it ("1", "R14", "2.3"); {@code rowHeading} the first cell
     * of a table row; {@code fromTable} marks units from a table, {@code firstOfTable} the first of them and
     * {@code fragment} items of a row whose first cell was empty (a cell carried on, or repeated by extraction).
     */
    record Unit(Type type, String text, String ref, String rowHeading, Source source, boolean fromTable,
                boolean firstOfTable, boolean fragment, List<TableFinding> findings) {

        boolean is(Type wanted) {
            return type == wanted;
        }
    }

    private static final Pattern NUMBER_CELL = Pattern.compile("^(?:R?\\d{1,3}|\\d{1,2}\\.\\d{1,2})\\.?$");
    /** A reference cell beside a recommendation: "1", "R3", "ES2", "2.1". */
    private static final Pattern REF_CELL = Pattern.compile("^(?:[A-Z]{0,3}\\d{1,3}|\\d{1,2}\\.\\d{1,2})[.:)]?$");
    private static final int HEADER_CELL_WORDS = 5;

    private ReadingOrder() {
    }

    static List<Unit> of(LetterDocument document) {
        List<Unit> units = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                heading(units, heading);
            } else if (block instanceof Paragraph paragraph) {
                units.add(unit(Type.PARAGRAPH, paragraph.text(), paragraph.number(), block.source()));
            } else if (block instanceof ListItem item) {
                units.add(unit(Type.ITEM, item.text(), item.marker(), block.source()));
            } else if (block instanceof Table table) {
                table(units, table);
            }
        }
        return units;
    }

    /**
     * A heading; one that ends in a kind of finding ("Leadership and management Areas of strength", as a PDF's
     * text joins a theme's heading to the label under it) is the theme's heading and then the label's.
     */
    private static void heading(List<Unit> units, Heading heading) {
        String text = heading.text();
        if (!FindingsTables.isKind(text)) {
            for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
                String theme = text.substring(0, space).strip();
                String label = text.substring(space + 1).strip();
                if (!label.isEmpty() && Character.isUpperCase(label.charAt(0)) && FindingsTables.isKind(label)
                        && LetterLayout.headingLike(theme) && !LetterLayout.endsSentence(theme)) {
                    units.add(unit(Type.HEADING, theme, heading.number(), heading.source()));
                    units.add(unit(Type.HEADING, label, null, heading.source()));
                    return;
                }
            }
        }
        units.add(unit(Type.HEADING, text, heading.number(), heading.source()));
    }

    private static Unit unit(Type type, String text, String ref, Source source) {
        return new Unit(type, text, ref, null, source, false, false, false, List.of());
    }

    private static void table(List<Unit> units, Table table) {
        List<TableFinding> findings = FindingsTables.read(table);
        if (!findings.isEmpty()) {
            units.add(new Unit(Type.FINDINGS, table.text(), null, null, table.source(), true, true, false,
                    findings));
            return;
        }
        int column = recommendationColumn(table);
        if (column >= 0) {
            recommendations(units, table, column);
            return;
        }
        int start = units.size();
        boolean oneColumn = table.rows().stream().allMatch(row -> row.cells().size() == 1);
        for (Row row : table.rows()) {
            if (oneColumn) {
                row.cells().get(0).blocks().forEach(block -> units.add(unit(block instanceof ListItem
                        ? Type.ITEM : Type.PARAGRAPH, block.text(), null, block.source())));
            } else {
                row(units, row);
            }
        }
        if (units.size() > start && !oneColumn) {
            Unit first = units.get(start);
            units.set(start, new Unit(first.type(), first.text(), first.ref(), first.rowHeading(), first.source(),
                    true, true, first.fragment(), first.findings()));
        }
    }

    /**
     * The column of a recommendations table ("No. | Recommendation | Lead agency | By when"): its first row is
     * short labels, one of which names recommendations; the other columns (a number, who, when, what was done)
     * are no recommendation's words. -1 for any other table.
     */
    private static int recommendationColumn(Table table) {
        if (table.rows().size() < 2) {
            return -1;
        }
        List<Cell> header = table.rows().get(0).cells();
        boolean labels = header.size() >= 2 && header.stream().map(Cell::text).allMatch(text -> !text.isEmpty()
                && LetterLayout.words(text) <= HEADER_CELL_WORDS
                && (LetterLayout.words(text) == 1 || !LetterLayout.endsSentence(text)));
        if (!labels) {
            return -1;
        }
        for (int c = 0; c < header.size(); c++) {
            if (LetterVocabulary.NAMES_RECOMMENDATIONS.matcher(header.get(c).text()).find()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The rows under a recommendations table's labels: each its recommendation, with the number beside it and the
     * column's label as its {@code rowHeading}.
     */
    private static void recommendations(List<Unit> units, Table table, int column) {
        boolean first = true;
        for (Row row : table.rows().subList(1, table.rows().size())) {
            String text = row.text(column);
            if (text.isEmpty()) {
                continue;
            }
            String ref = column > 0 && REF_CELL.matcher(row.text(0)).matches()
                    ? row.text(0).replaceAll("[.:)]$", "") : null;
            units.add(new Unit(Type.RECOMMENDATION, text, ref, table.rows().get(0).text(column),
                    row.cells().get(column).blocks().get(0).source(), true, first, false, List.of()));
            first = false;
        }
    }

    private static void row(List<Unit> units, Row row) {
        String first = row.text(0);
        List<Block> content = row.cells().stream().skip(1).filter(cell -> !cell.mergedDown())
                .map(Cell::blocks).flatMap(List::stream).toList();
        if (content.isEmpty()) {
            if (!first.isEmpty()) {
                Source source = row.cells().get(0).blocks().get(0).source();
                units.add(new Unit(Type.HEADING, first, null, null, source, true, false, false, List.of()));
            }
            return;
        }
        if (first.isEmpty()) {
            content.forEach(block -> units.add(new Unit(Type.ITEM, block.text(), null, null, block.source(), true,
                    false, true, List.of())));
        } else if (NUMBER_CELL.matcher(first).matches()) {
            String text = String.join(" ", content.stream().map(Block::text).toList());
            units.add(new Unit(Type.ITEM, text, first.replaceAll("\\.$", ""), null, content.get(0).source(), true,
                    false, false, List.of()));
        } else {
            content.forEach(block -> units.add(new Unit(Type.ROW, block.text(), null, first, block.source(), true,
                    false, false, List.of())));
        }
    }
}
