package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
    private static final Pattern NUMBER = Pattern.compile("^(?:\\(?(\\d{1,2})[.)]|\\(([a-z]|[ivx]{1,4})\\)"
            + "|(R\\d{1,3})[.:)]?|([a-z])[.)])\\s+(\\S.*)$");
    /** A bullet or a number with nothing after it: its text stands apart, at the list's indent. */
    private static final Pattern MARKER_ALONE = Pattern.compile("^(?:[•·▪◦●○■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8\\-–*o]"
            + "|\\(?\\d{1,2}[.)]|\\([a-z]\\)|[a-z][.)]|R\\d{1,3}[.:)]?)$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?\\s+(\\S.*)$");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\.?\\s+(\\S.*)$");
    private static final float LARGER = 1.12f;
    private static final float PARAGRAPH_GAP = 1.45f;
    private static final float SAME_X = 4f;
    private static final int HEADING_WORDS = 16;

    private PdfLetters() {
    }

    static LetterDocument read(byte[] bytes) throws UnreadableLetterException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
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
            return new Layout(lines).build();
        } catch (InvalidPasswordException e) {
            throw new UnreadableLetterException(Problem.ENCRYPTED, e);
        } catch (IOException e) {
            throw new UnreadableLetterException(Problem.DAMAGED, e);
        }
    }

    /** Words on one line set close together; a wide gap starts another segment (a table cell). */
    private static final class Segment {
        private final float x;
        private final StringBuilder text = new StringBuilder();
        private float end;

        Segment(float x) {
            this.x = x;
        }
    }

    private static final class PageLine {
        private final int page;
        private final List<Segment> segments = new ArrayList<>();
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
    private static final class LineStripper extends PDFTextStripper {

        private static final float GAP_IN_SPACES = 6;
        private static final float MIN_GAP_POINTS = 15;
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
            if (last == null || gap > Math.max(MIN_GAP_POINTS, GAP_IN_SPACES * first.getWidthOfSpace())) {
                last = new Segment(first.getXDirAdj());
                line.segments.add(last);
            } else {
                last.text.append(' ');
            }
            last.text.append(text);
            TextPosition end = positions.get(positions.size() - 1);
            last.end = end.getXDirAdj() + end.getWidthDirAdj();
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

        @Override
        protected void writeLineSeparator() {
            boolean markerApart = line != null && line.segments.size() > 1
                    && MARKER_ALONE.matcher(line.segments.get(0).text.toString().strip()).matches();
            if (markerApart) {
                Segment marker = line.segments.remove(0);
                line.segments.get(0).text.insert(0, marker.text.toString().strip() + " ");
                line.segments.set(0, moved(line.segments.get(0), marker.x));
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
                if (line.segments.size() > 1 || open != null && open.table != null && inTable(line)) {
                    tableLine(line, previous);
                } else {
                    line(line, previous);
                }
            }
            close();
            return new LetterDocument(blocks, text.toString());
        }

        private void line(PageLine line, PageLine previous) {
            String words = line.text();
            Integer level = headingLevel(line, words);
            if (level != null) {
                close();
                Matcher numbered = HEADING_NUMBER.matcher(words);
                String ref = numbered.matches() ? numbered.group(1) : null;
                String heading = numbered.matches() ? numbered.group(2) : words;
                blocks.add(new Heading(level, ref, LetterCleaner.normalise(heading), source(words)));
                return;
            }
            Matcher bullet = BULLET.matcher(words);
            Matcher numbered = NUMBER.matcher(words);
            Matcher section = SECTION_NUMBER.matcher(words);
            if (bullet.lookingAt() && bullet.end() < words.length()) {
                close();
                open = Open.item(levelOf(line.x()), null, words.substring(bullet.end()), line);
            } else if (numbered.matches()) {
                close();
                open = Open.item(levelOf(line.x()), marker(numbered), numbered.group(5), line);
            } else if (section.matches()) {
                close();
                open = Open.paragraph(section.group(1), section.group(2), line);
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
            return close && (open.item ? line.x() > open.x + SAME_X : line.x() >= open.x - SAME_X);
        }

        private Integer headingLevel(PageLine line, String words) {
            if (LetterLayout.words(words) > HEADING_WORDS || BULLET.matcher(words).lookingAt()
                    || !LetterLayout.headingLike(words.replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+", ""))) {
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

        private static String marker(Matcher numbered) {
            for (int group = 1; group <= 4; group++) {
                if (numbered.group(group) != null) {
                    return numbered.group(group);
                }
            }
            return null;
        }

        // Tables: columns at the x of the first row's cells; a row starts again at the first column after a gap.

        private boolean inTable(PageLine line) {
            return open.table.columns.stream().anyMatch(x -> Math.abs(x - line.x()) <= SAME_X)
                    && line.y - open.last.y <= spacing * PARAGRAPH_GAP * 2 && line.page == open.last.page;
        }

        private void tableLine(PageLine line, PageLine previous) {
            if (open == null || open.table == null || !inTable(line)) {
                close();
                open = Open.table(line);
            }
            TableDraft table = open.table;
            boolean firstColumn = Math.abs(line.x() - table.columns.get(0)) <= SAME_X;
            boolean gap = previous != null && line.y - previous.y > spacing * PARAGRAPH_GAP;
            if (table.rows.isEmpty() || firstColumn && (gap || table.firstColumnClosed)) {
                table.newRow();
            }
            table.firstColumnClosed = !firstColumn;
            for (Segment segment : line.segments) {
                table.add(table.column(segment.x), segment.text.toString().strip(), segment.x);
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

        void add(int column, String words, float x) {
            rows.get(rows.size() - 1).get(column).add(words, x);
            written.append(written.isEmpty() ? "" : "\n").append(words);
        }
    }

    /** A cell's lines: a bullet or number starts an item, other lines carry on the piece above. */
    private static final class CellDraft {
        private final List<StringBuilder> pieces = new ArrayList<>();
        private final List<Boolean> items = new ArrayList<>();

        void add(String words, float x) {
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
