package uk.councils.reviewtracker.common;

/** What forms and imports do to text people type: an empty or blank entry means nothing was given. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding spaces, or null when it is null, empty or only spaces. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
