package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table that a PDF-to-text extractor kept in its layout ({@code pdftotext -layout}) writes its columns side by
 * side, the cells of a row on one line apart by wide gaps, a cell's text wrapped onto the lines below at the same
 * position. Such a table is written again as the extracted text of an HTML-producing extractor writes one: a row a
 * line, its cells apart by tabs, a bulleted cell's items as {@code <li>}, so the {@link LetterLayout} reads theme,
 * strengths and areas as cells.
 * <p>
 * A table starts at a line of at least two short cells (its header) when a line under it has words in two of its
 * columns; it goes on while every line's pieces stand within a column (a piece that runs into the next column is
 * prose), over a page end where the header is repeated or a row is carried on (its first column empty), and ends
 * at two blank lines. Rows: under a header that names
 * kinds of finding in its first column ("Strengths | Areas for consideration") the table is one row; under one that
 * names them in a later column ("Theme | Strengths | Areas") a row starts where the first column has words again
 * after a line without; otherwise (a front sheet's "Label  Value") each line with words in the first column.
 */
final class TextColumns {

    /** Words apart by at most two spaces; a wider gap parts two cells. */
    private static final Pattern PIECE = Pattern.compile("\\S+(?: {1,2}\\S+)*");
    private static final Pattern GLYPH = Pattern.compile("^[•·▪◦●○■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8o-]$");
    /** A line that ends inside a hyphenated word ("co-" / "located"): joined again without a space. */
    private static final Pattern WORD_BROKEN = Pattern.compile("\\p{L}-$");
    private static final int HEADER_CELL_WORDS = 8;
    /** How far left of its column's header a piece may start, and right of the next column's it may end. */
    private static final int SLACK = 4;
    private static final int MAX_BLANKS = 1;
    /** A header that no line with words in two columns follows soon is no table's (and its look ahead ends). */
    private static final int MAX_LINES_BEFORE_TWO_COLUMNS = 20;

    private TextColumns() {
    }

    private record Piece(int start, String text) {

        int end() {
            return start + text.length();
        }

        boolean glyph() {
            return GLYPH.matcher(text).matches();
        }
    }

    /** One cell while its lines are read: its items (or paragraphs) so far, and whether it is bulleted. */
    private static final class CellText {

        private final List<StringBuilder> parts = new ArrayList<>();
        private boolean bulleted;
        private boolean itemOpen;

        void add(String text, boolean newItem) {
            if (newItem) {
                bulleted = true;
            }
            if (parts.isEmpty() || newItem || !bulleted && !itemOpen && startsAnother(text)) {
                parts.add(new StringBuilder(text));
            } else {
                StringBuilder part = parts.get(parts.size() - 1);
                part.append(WORD_BROKEN.matcher(part).find() ? "" : " ").append(text);
            }
            itemOpen = !LetterLayout.endsSentence(text);
        }

        private boolean startsAnother(String text) {
            return !parts.isEmpty() && !LetterLayout.startsLower(text);
        }

        String written() {
            if (parts.size() == 1 && !bulleted) {
                return parts.get(0).toString();
            }
            StringBuilder out = new StringBuilder();
            parts.forEach(part -> out.append(bulleted ? "<li>" : "<p>").append(part));
            return out.toString();
        }
    }

    /** The lines with every side-by-side table written a row a line; a line taken into a row above is left blank. */
    static void asCells(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            List<Piece> header = pieces(lines.get(i));
            if (header.size() >= 2 && header.stream().noneMatch(Piece::glyph)
                    && header.stream().allMatch(piece -> LetterLayout.words(piece.text()) <= HEADER_CELL_WORDS
                    && LetterLayout.headingLike(piece.text()))) {
                int end = table(lines, i, header);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    /** Rewrites the table whose header is line {@code at}, if it is one; returns the line after it, else {@code at}. */
    private static int table(List<String> lines, int at, List<Piece> header) {
        int[] columns = header.stream().mapToInt(Piece::start).toArray();
        String headerKey = key(lines.get(at));
        List<Integer> tableLines = new ArrayList<>();
        List<List<Piece>[]> placed = new ArrayList<>();
        boolean twoColumnsUnder = false;
        int blanks = 0;
        boolean pageBreak = false;
        int end = at + 1;
        for (int j = at + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.replace("\f", "").isBlank()) {
                blanks++;
                pageBreak |= line.startsWith("\f");
                continue;
            }
            if (key(line).equals(headerKey)) {
                lines.set(j, line.startsWith("\f") ? "\f" : "");
                blanks = 0;
                pageBreak = false;
                continue;
            }
            List<Piece>[] cells = placed(pieces(line), columns);
            if (!twoColumnsUnder && tableLines.size() >= MAX_LINES_BEFORE_TWO_COLUMNS) {
                break;
            }
            boolean carriedOver = (pageBreak || line.startsWith("\f")) && cells != null && cells[0].isEmpty();
            if (blanks > MAX_BLANKS && !carriedOver || cells == null) {
                break;
            }
            blanks = 0;
            pageBreak = false;
            twoColumnsUnder |= filled(cells) >= 2;
            tableLines.add(j);
            placed.add(cells);
            end = j + 1;
        }
        if (!twoColumnsUnder) {
            return at;
        }
        String[] headerCells = header.stream().map(Piece::text).toArray(String[]::new);
        lines.set(at, (lines.get(at).startsWith("\f") ? "\f" : "") + String.join("\t", headerCells));
        writeRows(lines, tableLines, placed, columns.length, rowRule(headerCells));
        return end;
    }

    private enum RowRule { ONE_ROW, THEME_ROWS, LINE_ROWS }

    private static RowRule rowRule(String[] header) {
        if (LetterVocabulary.BARE_KIND.matcher(header[0]).matches()) {
            return RowRule.ONE_ROW;
        }
        for (int column = 1; column < header.length; column++) {
            if (LetterVocabulary.BARE_KIND.matcher(header[column]).matches()) {
                return RowRule.THEME_ROWS;
            }
        }
        return RowRule.LINE_ROWS;
    }

    private static void writeRows(List<String> lines, List<Integer> tableLines, List<List<Piece>[]> placed,
                                  int width, RowRule rule) {
        CellText[] row = null;
        int rowLine = -1;
        boolean firstColumnBefore = false;
        for (int k = 0; k < tableLines.size(); k++) {
            List<Piece>[] cells = placed.get(k);
            boolean firstColumn = !cells[0].isEmpty();
            boolean starts = row == null || rule == RowRule.LINE_ROWS && firstColumn
                    || rule == RowRule.THEME_ROWS && firstColumn && !firstColumnBefore;
            if (starts) {
                write(lines, rowLine, row);
                row = new CellText[width];
                for (int c = 0; c < width; c++) {
                    row[c] = new CellText();
                }
                rowLine = tableLines.get(k);
            }
            for (int c = 0; c < width; c++) {
                boolean item = false;
                for (Piece piece : cells[c]) {
                    if (piece.glyph()) {
                        item = true;
                    } else {
                        row[c].add(piece.text(), item);
                        item = false;
                    }
                }
            }
            firstColumnBefore = firstColumn;
            String line = lines.get(tableLines.get(k));
            lines.set(tableLines.get(k), line.startsWith("\f") ? "\f" : "");
        }
        write(lines, rowLine, row);
    }

    private static void write(List<String> lines, int at, CellText[] row) {
        if (row == null) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (CellText cell : row) {
            cells.add(cell.parts.isEmpty() ? "" : cell.written());
        }
        lines.set(at, lines.get(at) + String.join("\t", cells));
    }

    /**
     * The line's pieces by column (nearest header to the piece's start), or null when a piece runs into the next
     * column or starts well left of its own: a line of prose, not of the table.
     */
    @SuppressWarnings("unchecked")
    private static List<Piece>[] placed(List<Piece> pieces, int[] columns) {
        List<Piece>[] cells = new List[columns.length];
        for (int c = 0; c < columns.length; c++) {
            cells[c] = new ArrayList<>();
        }
        for (Piece piece : pieces) {
            int column = 0;
            for (int c = 1; c < columns.length; c++) {
                if (Math.abs(columns[c] - piece.start()) < Math.abs(columns[column] - piece.start())) {
                    column = c;
                }
            }
            boolean runsOn = column + 1 < columns.length && piece.end() > columns[column + 1] + SLACK;
            if (runsOn || piece.start() < columns[column] - SLACK) {
                return null;
            }
            cells[column].add(piece);
        }
        return cells;
    }

    private static int filled(List<Piece>[] cells) {
        int filled = 0;
        for (List<Piece> cell : cells) {
            filled += cell.stream().anyMatch(piece -> !piece.glyph()) ? 1 : 0;
        }
        return filled;
    }

    private static List<Piece> pieces(String line) {
        List<Piece> pieces = new ArrayList<>();
        Matcher piece = PIECE.matcher(line.replace('\f', ' '));
        while (piece.find()) {
            pieces.add(new Piece(piece.start(), piece.group()));
        }
        return pieces;
    }

    private static String key(String line) {
        return line.replace("\f", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
