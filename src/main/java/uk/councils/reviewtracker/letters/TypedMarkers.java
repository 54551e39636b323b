package uk.councils.reviewtracker.letters;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers and letters a writer types before an item, a paragraph or a heading, in one place for every reader
 * (Word, PDF, text): "1." "2)" "(3)", "(a)" "b)" "c." "(iv)", "2.1" "3.4.1", "R14", "P2", "ES3". Word's own numbering is not
 * typed and is read from the numbering part instead.
 */
final class TypedMarkers {

    /** What a typed marker numbers: a list's item ({@code NUMBER}, {@code LETTER}, {@code REFERENCE}) or a section. */
    enum Kind { NUMBER, LETTER, SECTION, REFERENCE }

    /** A marker and the text after it; {@code ref} is the marker without its brackets and stops ("2", "b", "R3"). */
    record Typed(Kind kind, String ref, String text) {

        /** A list's number or a section's: what a heading may carry before its words. */
        boolean numbersSection() {
            return kind == Kind.NUMBER || kind == Kind.SECTION;
        }
    }

    private static final String MARKER = "\\((\\d{1,2})\\)|(\\d{1,2})[.)]"
            + "|\\(([a-z]|[ivx]{1,4})\\)|([a-z]|[ivx]{1,4})\\)|([a-z])\\."
            + "|(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?"
            + "|([A-Z]{1,3}\\d{1,3})[.:)]?";
    private static final Kind[] KINDS = {Kind.NUMBER, Kind.NUMBER, Kind.LETTER, Kind.LETTER, Kind.LETTER,
            Kind.SECTION, Kind.REFERENCE};
    private static final Pattern TYPED = Pattern.compile("^(?:" + MARKER + ")\\s+(\\S.*)$");
    private static final Pattern ALONE = Pattern.compile("^(?:" + MARKER + ")$");
    /** A heading's section number, which may stand bare before its words: "2 Leadership", "3.1 Strengths". */
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})[.)]?\\s+(\\S.*)$");

    private TypedMarkers() {
    }

    /** The marker typed at the start of {@code text}, with words after it. */
    static Optional<Typed> of(String text) {
        Matcher typed = TYPED.matcher(text.strip());
        if (!typed.matches()) {
            return Optional.empty();
        }
        for (int group = 1; group <= KINDS.length; group++) {
            if (typed.group(group) != null) {
                return Optional.of(new Typed(KINDS[group - 1], typed.group(group), typed.group(KINDS.length + 1)));
            }
        }
        return Optional.empty();
    }

    /** Whether the text is a marker with nothing after it: its item's words stand apart, at the list's indent. */
    static boolean alone(String text) {
        return ALONE.matcher(text.strip()).matches();
    }

    /** The section number before a heading's words, bare or not ("2 Leadership", "2. Leadership", "2.1 ..."). */
    static Optional<Typed> heading(String text) {
        Matcher numbered = HEADING.matcher(text.strip());
        return numbered.matches() ? Optional.of(new Typed(numbered.group(1).contains(".") ? Kind.SECTION
                : Kind.NUMBER, numbered.group(1), numbered.group(2))) : Optional.empty();
    }
}
