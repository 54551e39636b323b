package uk.councils.reviewtracker.common;

import java.util.regex.Pattern;

/** What forms and imports do to text people type: an empty or blank entry means nothing was given. */
public final class Text {

    /** Control characters other than tab, line feed and carriage return: PostgreSQL refuses NUL in text. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

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
}
