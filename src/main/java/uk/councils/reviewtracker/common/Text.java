package uk.councils.reviewtracker.common;

import java.util.regex.Pattern;

/** What forms and imports do to text people type: an empty or blank entry means nothing was given. */
public final class Text {

    /** Control characters other than tab, line feed and carriage return: PostgreSQL refuses NUL in text. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String ELLIPSIS = "\u2026";

    private Text() {
    }

    /** The text without surrounding spaces, or null when it is null, empty or only spaces. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text without control characters (NUL, escape, ...), which no one types and no page can show. */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    /**
     * The text on one line, cut to at most {@code max} characters at the last word boundary, with an ellipsis when
     * cut (and without the punctuation the cut left at its end): what a list shows of a long text.
     */
    public static String shortened(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = SPACES.matcher(text.strip()).replaceAll(" ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max);
        String kept = cut > 0 ? line.substring(0, cut) : line.substring(0, max);
        return kept.replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "") + ELLIPSIS;
    }
}
