package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Removes the noise that PDF and Word extraction leaves in a letter, as the ground-truth files describe their own
 * normalisation: HTML tags and entities, {@code **} bold markers and italic stars, bullet glyphs, odd spaces; runs of
 * whitespace become one space. Lines keep their layout (indent, tabs, blank lines), which the
 * {@link LetterLayout} needs to find headings, lists and tables.
 */
final class LetterCleaner {

    /** A tag such as {@code <sup>} or {@code </b>}; not {@code <http://...>}, which is a link written in brackets. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern LIST_ITEM_TAG = Pattern.compile("<li\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOX_FRAGMENT = Pattern.compile("<(?:p|li)\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<(?:p|br)\\b[^<>]*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_THEN_PARAGRAPH_TAG = Pattern.compile("(?<=\\S)<(?:p|br)\\b[^<>]*/?>",
            Pattern.CASE_INSENSITIVE);
    /** Where a list item starts inside a table cell of a PDF's text. */
    static final char ITEM_MARK = '\uE000';
    /** Where a paragraph starts inside a table cell of a PDF's text. */
    static final char PARAGRAPH_MARK = '\uE001';
    private static final Pattern ITALIC_OPEN = Pattern.compile("(?<=^|[\\s(\"'‘“])\\*+(?=[^\\s*])");
    private static final Pattern ITALIC_CLOSE = Pattern.compile("(?<=[^\\s*])\\*+(?=$|[\\s.,;:)\"'’”])");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** A contents line: "Budget ..... 10". */
    private static final Pattern CONTENTS_LINE = Pattern.compile("\\.{4,}\\s*\\d+\\s*$");
    /** Bullet glyphs, one or several ("- · Outcomes"), as Word, PDF and Markdown write them; Word's "o" of a sub-list. */
    static final Pattern BULLET = Pattern.compile("^(?:(?:[-–*](?=\\s)|o(?=\\s+[A-Za-z])"
            + "|[•·▪◦●○■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8])\\s*)+(?=\\S)");

    private LetterCleaner() {
    }

    /** One line of the letter after cleaning; {@code number} counts from 1 in the extracted text. */
    record Line(int number, String text, int indent, boolean markedHeading, boolean contents) {

        boolean blank() {
            return text.isBlank() || contents;
        }

        boolean startsWithTab() {
            return text.startsWith("\t");
        }
    }

    static List<Line> lines(String document) {
        return lines(document, false);
    }

    /**
     * The cleaned lines; with {@code cellMarks}, the list-item and paragraph tags inside a tab-separated line (a
     * table row of a PDF's text: {@code <li>A</li><li>B</li>}) are kept as {@link #ITEM_MARK} and
     * {@link #PARAGRAPH_MARK}, so that a cell's items stay apart.
     */
    static List<Line> lines(String document, boolean cellMarks) {
        String[] raw = document.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(line(i + 1, raw[i], cellMarks && (raw[i].indexOf('\t') >= 0 || boxed(raw[i]))));
        }
        return lines;
    }

    /**
     * A line of several {@code <p>} or {@code <li>} fragments and no tab: a box (a table of one cell) as an
     * HTML-producing extractor writes it, whose paragraphs and items stay apart as a cell's do.
     */
    static boolean boxed(String raw) {
        if (raw.indexOf('\t') >= 0) {
            return false;
        }
        int fragments = 0;
        for (Matcher tag = BOX_FRAGMENT.matcher(raw); tag.find(); ) {
            fragments++;
        }
        return fragments >= 2;
    }

    /** The text without the marks of {@link #lines(String, boolean)}. */
    static String unmarked(String text) {
        return text.replace(ITEM_MARK, ' ').replace(PARAGRAPH_MARK, ' ');
    }

    private static Line line(int number, String raw, boolean cellMarks) {
        String tagged = LIST_ITEM_TAG.matcher(raw).replaceAll(cellMarks ? String.valueOf(ITEM_MARK) : "");
        tagged = cellMarks ? PARAGRAPH_TAG.matcher(tagged).replaceAll(String.valueOf(PARAGRAPH_MARK))
                : WORD_THEN_PARAGRAPH_TAG.matcher(tagged).replaceAll(" ");
        String text = spaces(entities(TAG.matcher(tagged).replaceAll("")));
        if (!cellMarks && LIST_ITEM_TAG.matcher(raw.strip()).lookingAt()) {
            text = "- " + text.strip();
        }
        boolean marked = false;
        String trimmed = text.strip();
        Matcher heading = MARKDOWN_HEADING.matcher(trimmed);
        if (heading.find()) {
            marked = true;
            trimmed = trimmed.substring(heading.end());
        }
        if (trimmed.length() > 4 && trimmed.startsWith("**") && trimmed.replaceAll("[:\\s]+$", "").endsWith("**")
                && !BULLET.matcher(trimmed.substring(2)).lookingAt()) {
            marked = true;
        }
        boolean contents = CONTENTS_LINE.matcher(trimmed).find();
        int indent = text.length() - text.stripLeading().length();
        String leadingTab = text.stripLeading().isEmpty() || !text.substring(0, indent).contains("\t") ? "" : "\t";
        String body = marked ? trimmed : text.strip();
        body = body.replace("**", "");
        body = ITALIC_CLOSE.matcher(ITALIC_OPEN.matcher(body).replaceAll("")).replaceAll("");
        return new Line(number, leadingTab + body.stripTrailing(), leadingTab.isEmpty() ? indent : 0, marked, contents);
    }

    /** The ground truth's text normalisation: no bullet glyphs, tags or bold markers; whitespace collapsed. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String clean = spaces(entities(TAG.matcher(text).replaceAll(""))).replace("**", "");
        clean = clean.replaceAll("\\s+", " ").strip();
        return BULLET.matcher(clean).replaceFirst("").strip();
    }

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replace("\u00AD", "").replace("\u200B", "").replace("\uFEFF", "");
    }

    /** HTML's named and numeric character references, as Spring decodes them; one it does not know is kept. */
    private static String entities(String text) {
        return text.indexOf('&') < 0 ? text : HtmlUtils.htmlUnescape(text.replace("&apos;", "'"));
    }
}
