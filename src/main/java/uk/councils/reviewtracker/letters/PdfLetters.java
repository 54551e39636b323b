package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.TextPosition;
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
 * Builds the document of a PDF letter from how its text is set on the page. A heading is a short line in a larger
 * type than the body, or in bold (larger type, higher level). A list item starts at a bullet glyph or a number;
 * its level comes from how far its bullet is indented. Lines of one paragraph or item are joined: a line carries
 * on the block above unless a wider gap than the line spacing, a bullet, a number or a heading starts a new one;
 * across a page break a line carries on when the page ended mid-sentence and the line starts in lower case. Words
 * set apart by a wide gap are table cells: lines with cells, and the lines under them that start at a cell's
 * column, make a table, a new row where the first column starts again after a wider gap. Sources count blocks.
 */
final class PdfLetters {

    /** Fewer letters than this means pictures of pages (a scan), not text. */
    private static final int MIN_LETTERS = 20;
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●○■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8]|[-–*o](?=\\s))\\s*");
    /** A bullet with nothing after it: its text stands apart, at the list's indent (as a typed marker's may). */
    private static final Pattern BULLET_ALONE = Pattern.compile("^[•·▪◦●○■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8\\-–*o]$");
    private static final float LARGER = 1.12f;
    private static final float PARAGRAPH_GAP = 1.45f;
    private static final float ROW_GAP = 1.3f;
    private static final float SAME_X = 4f;
    /** How far right of its column's edge a cell's text may start (a bullet's hanging indent). */
    private static final float CELL_INDENT = 36f;
    private static final int HEADING_WORDS = 20;

    private PdfLetters() {
    }

    static LetterDocument read(byte[] bytes) throws UnreadableLetterException {
        try (PDDocument document = LetterLimits.pdf(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableLetterException(Problem.ENCRYPTED);
            }
            LineStripper stripper = new LineStripper();
            stripper.getText(document);
            List<PageLine> lines = stripper.lines;
            long letters = lines.stream().flatMap(line -> line.segments.stream())
                    .mapToLong(segment -> segment.text.codePoints().filter(Character::isLetter).count()).sum();
            if (letters < MIN_LETTERS) {
                throw new UnreadableLetterException(Problem.NO_TEXT);
            }
            return new Layout(withoutFurniture(lines)).build();
        } catch (InvalidPasswordException e) {
            throw new UnreadableLetterException(Problem.ENCRYPTED, e);
        } catch (IOException e) {
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
    }

    /**
     * The lines without page numbers ("Page 3 of 10") and without running headers and footers: a line that is the
     * first or the last of at least two pages, page numbers aside.
     */
    private static List<PageLine> withoutFurniture(List<PageLine> lines) {
        Map<String, Integer> edges = new HashMap<>();
        Map<Integer, List<PageLine>> pages = new java.util.TreeMap<>();
        lines.stream().filter(line -> !TextPages.PAGE_NUMBER.matcher(line.text()).matches())
                .forEach(line -> pages.computeIfAbsent(line.page, page -> new ArrayList<>()).add(line));
        List<PageLine> edgeLines = new ArrayList<>();
        for (List<PageLine> page : pages.values()) {
            edgeLines.add(page.get(0));
            if (page.size() > 1) {
                edgeLines.add(page.get(page.size() - 1));
            }
        }
        edgeLines.forEach(line -> edges.merge(furnitureKey(line), 1, Integer::sum));
        return pages.values().stream().flatMap(List::stream)
                .filter(line -> !edgeLines.contains(line) || edges.get(furnitureKey(line)) < 2).toList();
    }

    private static String furnitureKey(PageLine line) {
        return line.text().replaceAll("\\d+", "#").toLowerCase(Locale.UK);
    }

    /** Words on one line set close together; a wide gap starts another segment (a table cell). */
    private static final class Segment {
        private final float x;
        private final StringBuilder text = new StringBuilder();
        private float end;
        /** Set apart from the words before it by a gap wider than any between words: a column for certain. */
        private boolean wideBefore;

        Segment(float x) {
            this.x = x;
        }
    }

    /** One word as set on the line: where it starts and ends. */
    private record Word(float x, float end, String text) {
    }

    private static final class PageLine {
        private final int page;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Word> words = new ArrayList<>();
        private float y;
        private float height;
        private float size;
        private int boldLetters;
        private int allLetters;

        PageLine(int page) {
            this.page = page;
        }

        float x() {
            return segments.get(0).x;
        }

        String text() {
            return String.join(" ", segments.stream().map(segment -> segment.text.toString().strip()).toList())
                    .strip();
        }

        boolean bold() {
            return allLetters > 0 && boldLetters >= allLetters * 0.9;
        }
    }

    /** Collects each line's segments with their position, size and weight. */
    private static final class LineStripper extends LetterLimits.LimitedTextStripper {

        private static final float GAP_IN_SPACES = 6;
        private static final float MIN_GAP_POINTS = 15;
        /** The narrowest gap between two table cells: wider than a space, narrower than a column gap. */
        private static final float CELL_GAP_IN_SPACES = 2.5f;
        private static final float CELL_GAP_POINTS = 6;
        private final List<PageLine> lines = new ArrayList<>();
        private PageLine line;

        LineStripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            if (line == null) {
                line = new PageLine(getCurrentPageNo());
            }
            TextPosition first = positions.get(0);
            Segment last = line.segments.isEmpty() ? null : line.segments.get(line.segments.size() - 1);
            float gap = last == null ? 0 : first.getXDirAdj() - last.end;
            if (last == null || gap > Math.max(CELL_GAP_POINTS, CELL_GAP_IN_SPACES * first.getWidthOfSpace())) {
                boolean wide = last != null && gap > Math.max(MIN_GAP_POINTS, GAP_IN_SPACES * first.getWidthOfSpace());
                last = new Segment(first.getXDirAdj());
                last.wideBefore = wide;
                line.segments.add(last);
            } else {
                last.text.append(' ');
            }
            last.text.append(text);
            TextPosition end = positions.get(positions.size() - 1);
            last.end = end.getXDirAdj() + end.getWidthDirAdj();
            words(line, positions);
            for (TextPosition position : positions) {
                line.y = Math.max(line.y, position.getYDirAdj());
                line.height = Math.max(line.height, position.getHeightDir());
                line.size = Math.max(line.size, position.getFontSizeInPt());
                if (Character.isLetter(position.getUnicode().isEmpty() ? ' ' : position.getUnicode().charAt(0))) {
                    line.allLetters++;
                    String font = position.getFont() == null || position.getFont().getName() == null ? ""
                            : position.getFont().getName().toLowerCase(Locale.UK);
                    if (font.contains("bold") || font.contains("black") || font.contains("heavy")) {
                        line.boldLetters++;
                    }
                }
            }
        }

        /** The words of a run of text, split at its spaces. */
        private static void words(PageLine line, List<TextPosition> positions) {
            StringBuilder word = new StringBuilder();
            float start = 0;
            float end = 0;
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    if (!word.isEmpty()) {
                        line.words.add(new Word(start, end, word.toString()));
                        word.setLength(0);
                    }
                    continue;
                }
                if (word.isEmpty()) {
                    start = position.getXDirAdj();
                }
                word.append(position.getUnicode());
                end = position.getXDirAdj() + position.getWidthDirAdj();
            }
            if (!word.isEmpty()) {
                line.words.add(new Word(start, end, word.toString()));
            }
        }

        @Override
        protected void writeLineSeparator() {
            for (int i = 0; line != null && i + 1 < line.segments.size(); i++) {
                String segment = line.segments.get(i).text.toString().strip();
                if (BULLET_ALONE.matcher(segment).matches() || TypedMarkers.alone(segment)) {
                    Segment marker = line.segments.remove(i);
                    Segment text = moved(line.segments.get(i), marker.x);
                    text.text.insert(0, marker.text.toString().strip() + " ");
                    text.wideBefore = marker.wideBefore;
                    line.segments.set(i, text);
                }
            }
            if (line != null && !line.segments.isEmpty()) {
                lines.add(line);
            }
            line = null;
        }

        /** The segment as if it started at {@code x}: a bullet set apart from its text starts the item. */
        private static Segment moved(Segment segment, float x) {
            Segment moved = new Segment(x);
            moved.text.append(segment.text);
            moved.end = segment.end;
            return moved;
        }

        @Override
        protected void endPage(PDPage page) {
            writeLineSeparator();
        }
    }

    /** Turns the lines into blocks. */
    private static final class Layout {

        private final List<PageLine> lines;
        private final float body;
        private final float spacing;
        private final List<Float> headingSizes;
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final TreeSet<Float> bulletIndents = new TreeSet<>();
        private Open open;
        private int number;
        /** The line the last heading ended on, which a heading's wrapped second line follows. */
        private PageLine headingLine;

        Layout(List<PageLine> lines) {
            this.lines = lines;
            Map<Float, Integer> sizes = new HashMap<>();
            lines.forEach(line -> sizes.merge(Math.round(line.size * 2) / 2f, line.allLetters, Integer::sum));
            body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(11f);
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).page == lines.get(i - 1).page) {
                    gaps.add(lines.get(i).y - lines.get(i - 1).y);
                }
            }
            spacing = gaps.stream().filter(gap -> gap > 0).sorted().skip(gaps.size() / 4).findFirst()
                    .orElse(body * 1.2f);
            headingSizes = sizes.keySet().stream().filter(size -> size > body * LARGER)
                    .sorted(Comparator.reverseOrder()).toList();
        }

        LetterDocument build() {
            for (int i = 0; i < lines.size(); i++) {
                PageLine line = lines.get(i);
                PageLine previous = i > 0 ? lines.get(i - 1) : null;
                if (previous != null && previous.page != line.page) {
                    blocks.add(new PageBreak(new Source(number, number, "")));
                }
                text.append(String.join("\t", line.segments.stream().map(s -> s.text.toString().strip()).toList()))
                        .append('\n');
                boolean tabular = open != null && open.table != null && inTable(line)
                        || line.segments.size() > 1 && (line.segments.stream().anyMatch(s -> s.wideBefore)
                        || aligned(line, previous) || aligned(line, i + 1 < lines.size() ? lines.get(i + 1) : null));
                if (tabular) {
                    tableLine(line, previous);
                } else {
                    line(oneSegment(line), previous);
                }
            }
            close();
            return new LetterDocument(blocks, text.toString());
        }

        /** Whether a nearby line has cells that start where this line's second or later cells do. */
        private boolean aligned(PageLine line, PageLine other) {
            if (other == null || other.page != line.page || Math.abs(other.y - line.y) > spacing * PARAGRAPH_GAP * 2
                    || other.segments.size() < 2) {
                return false;
            }
            return line.segments.stream().skip(1).anyMatch(segment -> other.segments.stream().skip(1)
                    .anyMatch(theirs -> Math.abs(theirs.x - segment.x) <= SAME_X));
        }

        /** A line whose gaps are only wide spaces: its words as one run. */
        private static PageLine oneSegment(PageLine line) {
            if (line.segments.size() < 2) {
                return line;
            }
            Segment whole = new Segment(line.segments.get(0).x);
            whole.text.append(line.text());
            whole.end = line.segments.get(line.segments.size() - 1).end;
            line.segments.clear();
            line.segments.add(whole);
            return line;
        }

        private void line(PageLine line, PageLine previous) {
            String words = line.text();
            if (wrapsHeading(line, previous)) {
                Heading above = (Heading) blocks.get(blocks.size() - 1);
                blocks.set(blocks.size() - 1, new Heading(above.level(), above.number(),
                        LetterCleaner.normalise(above.text() + " " + words), new Source(above.source().first(),
                        above.source().last(), above.source().text() + "\n" + words)));
                headingLine = line;
                return;
            }
            Integer level = headingLevel(line, words);
            if (level != null) {
                close();
                Optional<Typed> numbered = TypedMarkers.heading(words);
                String ref = numbered.map(Typed::ref).orElse(null);
                String heading = numbered.map(Typed::text).orElse(words);
                blocks.add(new Heading(level, ref, LetterCleaner.normalise(heading), source(words)));
                headingLine = line;
                return;
            }
            Matcher bullet = BULLET.matcher(words);
            Optional<Typed> numbered = TypedMarkers.of(words);
            if (bullet.lookingAt() && bullet.end() < words.length()) {
                close();
                open = Open.item(levelOf(line.x()), null, words.substring(bullet.end()), line);
            } else if (numbered.isPresent() && numbered.get().kind() != Kind.SECTION) {
                close();
                open = Open.item(levelOf(line.x()), numbered.get().ref(), numbered.get().text(), line);
            } else if (numbered.isPresent()) {
                close();
                open = Open.paragraph(numbered.get().ref(), numbered.get().text(), line);
            } else if (open != null && open.table == null && carriesOn(previous, line, words)) {
                open.append(words, line);
            } else {
                close();
                open = Open.paragraph(null, words, line);
            }
        }

        /** Whether a line carries on the open paragraph or item rather than starting a new one. */
        private boolean carriesOn(PageLine previous, PageLine line, String words) {
            if (previous == null) {
                return false;
            }
            if (previous.page != line.page) {
                return LetterLayout.startsLower(words) && !LetterLayout.endsSentence(open.text);
            }
            float gap = line.y - previous.y;
            boolean close = gap <= spacing * PARAGRAPH_GAP;
            boolean underText = line.x() > open.x + SAME_X;
            boolean sameIndentMidSentence = Math.abs(line.x() - open.x) <= SAME_X
                    && !LetterLayout.endsSentence(open.text) && LetterLayout.startsLower(line.text());
            return close && (open.item ? underText || sameIndentMidSentence : line.x() >= open.x - SAME_X);
        }

        /** A heading's second line: straight under it, in the same type, the heading not yet ended. */
        private boolean wrapsHeading(PageLine line, PageLine previous) {
            return previous != null && previous == headingLine && previous.page == line.page
                    && line.y - previous.y <= spacing * PARAGRAPH_GAP && Math.abs(line.size - previous.size) < 0.5f
                    && line.bold() == previous.bold() && !previous.text().matches(".*[?:.]$")
                    && !BULLET.matcher(line.text()).lookingAt();
        }

        /**
         * A line in a larger type than the body or in bold, not a sentence (no full stop or comma at its end),
         * starting with a capital or a number: its level by its size, bold body type below the larger sizes.
         */
        private Integer headingLevel(PageLine line, String words) {
            String bare = words.replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+", "");
            if (LetterLayout.words(words) > HEADING_WORDS || BULLET.matcher(words).lookingAt() || bare.isEmpty()
                    || ".,;".indexOf(bare.charAt(bare.length() - 1)) >= 0
                    || !Character.isUpperCase(bare.charAt(0)) && !Character.isDigit(bare.charAt(0))) {
                return null;
            }
            float size = Math.round(line.size * 2) / 2f;
            int larger = headingSizes.indexOf(size);
            if (larger >= 0) {
                return larger + 1;
            }
            return line.bold() ? headingSizes.size() + 1 : null;
        }

        private int levelOf(float x) {
            bulletIndents.removeIf(indent -> Math.abs(indent - x) <= SAME_X && indent != x);
            if (bulletIndents.stream().noneMatch(indent -> Math.abs(indent - x) <= SAME_X)) {
                bulletIndents.add(x);
            }
            return (int) bulletIndents.stream().filter(indent -> indent < x - SAME_X).count();
        }

        // Tables: columns at the x of the first row's cells; a row starts again at the first column after a gap.

        /**
         * Whether a line belongs to the open table: close below it (or at the top of the next page), starting at
         * or right of its first column, with no word across a column's edge (as a paragraph's would be) and no cell
         * where the table has no column (the first row of another table straight under it).
         */
        private boolean inTable(PageLine line) {
            List<Float> columns = open.table.columns;
            boolean close = line.page != open.last.page || line.y - open.last.y <= spacing * PARAGRAPH_GAP * 2;
            boolean straddles = line.words.stream().anyMatch(word -> columns.stream().skip(1)
                    .anyMatch(x -> word.x() < x - SAME_X && word.end() > x + SAME_X));
            boolean otherColumns = line.segments.size() > 1 && line.segments.stream().skip(1)
                    .anyMatch(segment -> columns.stream().noneMatch(x -> segment.x >= x - SAME_X
                            && segment.x <= x + CELL_INDENT));
            return close && !straddles && !otherColumns && line.x() >= columns.get(0) - SAME_X;
        }

        /**
         * A line of a table. A row starts where the first column starts again after it had ended or after a wider
         * gap than between lines of a cell; a row that repeats the header (a table carried onto the next page) is
         * not a row.
         */
        private void tableLine(PageLine line, PageLine previous) {
            if (open == null || open.table == null || !inTable(line)) {
                close();
                open = Open.table(line);
            }
            TableDraft table = open.table;
            String words = String.join("\t", line.segments.stream().map(s -> s.text.toString().strip()).toList());
            if (!table.rows.isEmpty() && words.equals(table.header)) {
                table.repeatedHeader = true;
                open.last = line;
                return;
            }
            boolean firstColumn = Math.abs(line.x() - table.columns.get(0)) <= SAME_X;
            boolean gap = previous != null && previous.page == line.page && line.y - previous.y > spacing * ROW_GAP;
            if (table.rows.isEmpty() || table.repeatedHeader && firstColumn
                    || firstColumn && (gap || table.firstColumnClosed)) {
                table.newRow();
            }
            if (table.rows.size() == 1 && table.header == null) {
                table.header = words;
            }
            table.repeatedHeader = false;
            table.firstColumnClosed = !firstColumn;
            int column = -1;
            StringBuilder cell = new StringBuilder();
            for (Word word : line.words) {
                int at = table.column(word.x());
                if (at != column && !cell.isEmpty()) {
                    table.add(column, cell.toString().strip());
                    cell.setLength(0);
                }
                column = at;
                cell.append(word.text()).append(' ');
            }
            if (!cell.isEmpty()) {
                table.add(column, cell.toString().strip());
            }
            open.last = line;
        }

        private void close() {
            if (open == null) {
                return;
            }
            if (open.table != null) {
                Source source = source(open.table.written.toString());
                List<Row> rows = open.table.rows.stream().map(cells -> new Row(cells.stream()
                        .map(cell -> new Cell(cell.blocks(source), 1, false)).toList())).toList();
                blocks.add(new Table(rows, source));
            } else {
                String clean = LetterCleaner.normalise(open.text.toString());
                Source source = source(open.written.toString());
                blocks.add(open.item ? new ListItem(open.level, open.marker, clean, source)
                        : new Paragraph(open.marker, clean, source));
            }
            open = null;
        }

        private Source source(String written) {
            number++;
            return new Source(number, number, written);
        }
    }

    /** The paragraph, item or table that the next line may carry on. */
    private static final class Open {
        private StringBuilder text;
        private StringBuilder written;
        private boolean item;
        private int level;
        private String marker;
        private float x;
        private PageLine last;
        private TableDraft table;

        static Open item(int level, String marker, String text, PageLine line) {
            Open open = paragraph(marker, text, line);
            open.item = true;
            open.level = level;
            open.written = new StringBuilder(line.text());
            return open;
        }

        static Open paragraph(String marker, String text, PageLine line) {
            Open open = new Open();
            open.text = new StringBuilder(text);
            open.written = new StringBuilder(line.text());
            open.marker = marker;
            open.x = line.x();
            open.last = line;
            return open;
        }

        static Open table(PageLine line) {
            Open open = new Open();
            open.table = new TableDraft(line.segments.stream().map(segment -> segment.x).toList());
            open.last = line;
            return open;
        }

        void append(String words, PageLine line) {
            text.append(' ').append(words);
            written.append('\n').append(words);
            last = line;
        }
    }

    private static final class TableDraft {
        private final List<Float> columns;
        private final List<List<CellDraft>> rows = new ArrayList<>();
        private final StringBuilder written = new StringBuilder();
        private boolean firstColumnClosed;
        private boolean repeatedHeader;
        private String header;

        TableDraft(List<Float> columns) {
            this.columns = new ArrayList<>(columns);
        }

        void newRow() {
            List<CellDraft> cells = new ArrayList<>();
            columns.forEach(x -> cells.add(new CellDraft()));
            rows.add(cells);
        }

        int column(float x) {
            int best = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) <= x + SAME_X) {
                    best = i;
                }
            }
            return best;
        }

        void add(int column, String words) {
            rows.get(rows.size() - 1).get(column).add(words);
            written.append(written.isEmpty() ? "" : "\n").append(words);
        }
    }

    /** A cell's lines: a bullet or number starts an item, other lines carry on the piece above. */
    private static final class CellDraft {
        private final List<StringBuilder> pieces = new ArrayList<>();
        private final List<Boolean> items = new ArrayList<>();

        void add(String words) {
            Matcher bullet = BULLET.matcher(words);
            boolean starts = bullet.lookingAt() && bullet.end() < words.length();
            if (starts || pieces.isEmpty()) {
                pieces.add(new StringBuilder(starts ? words.substring(bullet.end()) : words));
                items.add(starts);
            } else {
                pieces.get(pieces.size() - 1).append(' ').append(words);
            }
        }

        List<Block> blocks(Source source) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                String clean = LetterCleaner.normalise(pieces.get(i).toString());
                blocks.add(items.get(i) ? new ListItem(0, null, clean, source) : new Paragraph(null, clean, source));
            }
            return blocks;
        }
    }
}
