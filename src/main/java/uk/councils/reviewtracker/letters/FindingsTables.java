package uk.councils.reviewtracker.letters;

import static uk.councils.reviewtracker.letters.LetterExtraction.AREA_FOR_CONSIDERATION;
import static uk.councils.reviewtracker.letters.LetterExtraction.STRENGTH;

import java.util.ArrayList;
import java.util.List;
import uk.councils.reviewtracker.letters.document.Block;
import uk.councils.reviewtracker.letters.document.Block.Cell;
import uk.councils.reviewtracker.letters.document.Block.ListItem;
import uk.councils.reviewtracker.letters.document.Block.Row;
import uk.councils.reviewtracker.letters.document.Block.Table;
import uk.councils.reviewtracker.letters.document.Source;

/**
 * Reads a table of findings, in either of the two ways letters lay them out: columns headed by kinds of finding
 * ("Theme | Strengths | Areas for further consideration", a theme per row; a row whose theme cell is empty goes on
 * with the theme above, as text writes a cell merged down once), or a theme row (a cell alone, often merged across)
 * followed by rows or cells labelled with a kind ("Strengths:", "Areas for further consideration:")
 * and their findings. A table that names no kind is not a findings table: {@link #read} gives nothing for it.
 */
final class FindingsTables {

    /**
     * One finding of the table; {@code theme} is null where the table names none (the heading above names it). In a
     * column headed as recommendations ("What needs to happen"), {@code kind} is {@link #RECOMMENDATION} and
     * {@code column} that heading.
     */
    record TableFinding(String theme, String kind, String text, Source source, String column) {
    }

    /** The kind of an entry in a column of recommendations beside the findings. */
    static final String RECOMMENDATION = "recommendation";

    private static final int HEADER_WORDS = 4;

    private FindingsTables() {
    }

    static List<TableFinding> read(Table table) {
        int header = headerRow(table);
        return header >= 0 ? byColumns(table, header) : byLabels(table);
    }

    /**
     * A row whose cells are kinds of finding ("Strengths | Areas for consideration"), or one kind beside a short
     * label ("Theme | Strengths"), and nothing that reads as a finding.
     */
    private static int headerRow(Table table) {
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r).cells().stream().map(Cell::text).filter(t -> !t.isEmpty())
                    .toList();
            long kinds = cells.stream().filter(FindingsTables::isKind).count();
            boolean onlyLabels = cells.stream().allMatch(t -> isKind(t)
                    || LetterLayout.words(t) <= HEADER_WORDS && !LetterLayout.endsSentence(t));
            boolean labelBesideTheme = kinds == 1 && !cells.isEmpty() && !isKind(cells.get(0))
                    && cells.stream().noneMatch(FindingsTables::namesRecommendations);
            if (onlyLabels && cells.size() >= 2 && (kinds >= 2 || labelBesideTheme)) {
                return r;
            }
        }
        return -1;
    }

    private static List<TableFinding> byColumns(Table table, int header) {
        Row labels = table.rows().get(header);
        List<String> kinds = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int column = 0;
        List<String> headings = new ArrayList<>();
        for (Cell cell : labels.cells()) {
            kinds.add(isKind(cell.text()) ? kindOf(cell.text()) : recommendations(cell.text()) ? RECOMMENDATION : null);
            headings.add(cell.text().replaceAll("[\\s:]+$", ""));
            columns.add(column);
            column += cell.span();
        }
        List<TableFinding> findings = new ArrayList<>();
        String theme = null;
        String carried = null;
        for (Row row : table.rows().subList(header + 1, table.rows().size())) {
            List<Cell> filled = row.cells().stream().filter(cell -> !cell.text().isEmpty()).toList();
            if (filled.size() == 1 && (row.cells().size() == 1 || row.cells().get(0) == filled.get(0))
                    && LetterLayout.headingLike(filled.get(0).text())) {
                theme = filled.get(0).text();
                carried = null;
                continue;
            }
            String rowTheme = theme;
            for (int c = 0; c < row.cells().size() && c < kinds.size(); c++) {
                if (kinds.get(c) == null && !row.cells().get(c).text().isEmpty()) {
                    rowTheme = row.cells().get(c).text();
                    carried = rowTheme;
                    break;
                }
                if (kinds.get(c) == null && row.cells().get(c).text().isEmpty() && carried != null) {
                    rowTheme = carried;
                    break;
                }
            }
            for (int c = 0; c < row.cells().size(); c++) {
                int at = columnAt(columns, gridColumn(row, c));
                if (at >= 0 && kinds.get(at) != null) {
                    add(findings, rowTheme, kinds.get(at), headings.get(at), row.cells().get(c).blocks());
                }
            }
        }
        return findings;
    }

    private static int gridColumn(Row row, int index) {
        int column = 0;
        for (int c = 0; c < index; c++) {
            column += row.cells().get(c).span();
        }
        return column;
    }

    /** The header cell over a grid column, or -1. */
    private static int columnAt(List<Integer> columns, int gridColumn) {
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (columns.get(i) <= gridColumn) {
                return i;
            }
        }
        return -1;
    }

    /** Theme rows and kind labels: a label in the first cell or at the head of a cell's paragraphs. */
    private static List<TableFinding> byLabels(Table table) {
        List<TableFinding> findings = new ArrayList<>();
        boolean labelled = false;
        String theme = null;
        for (Row row : table.rows()) {
            List<Cell> filled = row.cells().stream().filter(cell -> !cell.text().isEmpty()).toList();
            if (filled.isEmpty()) {
                continue;
            }
            Cell first = filled.get(0);
            if (isKind(first.text()) && filled.size() > 1) {
                labelled = true;
                String kind = kindOf(first.text());
                for (Cell cell : filled.subList(1, filled.size())) {
                    add(findings, theme, kind, cell.blocks());
                }
                continue;
            }
            boolean anyLabel = filled.stream().anyMatch(FindingsTables::opensWithKind);
            if (!anyLabel) {
                if (filled.size() == 1 && LetterLayout.headingLike(first.text())) {
                    theme = first.text();
                }
                continue;
            }
            labelled = true;
            String rowTheme = opensWithKind(first) ? theme : first.text();
            for (Cell cell : filled) {
                if (opensWithKind(cell)) {
                    labelledCell(findings, rowTheme, cell.blocks());
                }
            }
        }
        return labelled ? findings : List.of();
    }

    private static boolean opensWithKind(Cell cell) {
        return !cell.blocks().isEmpty() && isKind(cell.blocks().get(0).text());
    }

    /** A cell of labels and findings: each label gives the kind of the findings after it. */
    private static void labelledCell(List<TableFinding> findings, String theme, List<Block> blocks) {
        String kind = null;
        List<Block> run = new ArrayList<>();
        for (Block block : blocks) {
            if (isKind(block.text())) {
                if (kind != null) {
                    add(findings, theme, kind, run);
                }
                kind = kindOf(block.text());
                run.clear();
            } else {
                run.add(block);
            }
        }
        if (kind != null) {
            add(findings, theme, kind, run);
        }
    }

    private static void add(List<TableFinding> findings, String theme, String kind, List<Block> blocks) {
        add(findings, theme, kind, null, blocks);
    }

    private static void add(List<TableFinding> findings, String theme, String kind, String column,
                            List<Block> blocks) {
        for (Block block : List.copyOf(blocks)) {
            List<String> pieces = block instanceof ListItem ? List.of(block.text()) : RunOnCell.split(block.text());
            pieces.stream().filter(piece -> !piece.isBlank())
                    .forEach(piece -> findings.add(new TableFinding(theme, kind, piece, block.source(), column)));
        }
    }

    /** A column heading that names recommendations: "What needs to happen", "Recommendations". */
    private static boolean recommendations(String text) {
        return LetterVocabulary.RECOMMENDATIONS_HEADING.matcher(text.strip()).matches();
    }

    /** "2019–20 recommendation | Progress": a report on recommendations, whose progress is no finding. */
    private static boolean namesRecommendations(String text) {
        return LetterVocabulary.NAMES_RECOMMENDATIONS.matcher(text).find();
    }

    static boolean isKind(String text) {
        return LetterVocabulary.BARE_KIND.matcher(text.strip()).matches();
    }

    static String kindOf(String label) {
        return LetterVocabulary.AREAS.matcher(label).find() ? AREA_FOR_CONSIDERATION : STRENGTH;
    }
}
