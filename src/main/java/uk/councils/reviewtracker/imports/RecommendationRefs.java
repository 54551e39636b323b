package uk.councils.reviewtracker.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for recommendation references as plans write them. {@code R4}, {@code 4}, {@code Rec 4},
 * {@code Recommendation 4}, {@code (4)} and {@code 4.} are the same reference; {@code 3a} and {@code 1.2} are
 * references of their own. The interpreter and the matcher both compare references by {@link #key}.
 */
final class RecommendationRefs {

    /** Words and letters that say "recommendation" before the number: "Recommendation", "Rec.", "R", "No.". */
    private static final String WORD = "(?:recommendation|rec|ref|no|number|r)\\.?\\s*";
    /** The reference itself: a number with optional letter and sub-numbers ("14", "3a", "1.2", "2(b)"). */
    private static final String NUMBER = "\\d{1,3}[a-z]?(?:[.\\-]\\d{1,3}[a-z]?)*(?:\\([a-z0-9]\\))?";
    private static final Pattern REF = Pattern.compile("(?i)^\\(?(" + WORD + ")?(" + NUMBER + ")\\)?[.:]?$");
    /** A recommendation and its text in one cell: "R3 RECOMMENDATION : text", "Recommendation 3: text". */
    private static final Pattern REF_AND_TEXT = Pattern.compile(
            "(?i)^\\(?((?:recommendation|rec|r)\\.?\\s*" + NUMBER + ")\\)?\\s*[.:)\\-–—]?\\s+(.{3,})$",
            Pattern.DOTALL);
    /** A label before the text: "RECOMMENDATION : ", "Recommendation 2 - ", "Rec: ". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:recommendation|rec)\\.?\\s*(?:" + NUMBER + ")?\\s*[:\\-–—]\\s*", Pattern.DOTALL);
    private static final Pattern LEADING_WORD = Pattern.compile("(?i)^(?:recommendation|rec|ref|no|number)\\.?\\s+");

    private RecommendationRefs() {
    }

    /** Whether a cell holds a reference and nothing else. */
    static boolean isRef(String cell) {
        return REF.matcher(cell.strip()).matches();
    }

    /** The comparable form of a reference: "R4", "Rec 4", "(4)" and "4." are all "4". */
    static String key(String ref) {
        if (ref == null) {
            return "";
        }
        Matcher matcher = REF.matcher(ref.strip());
        String core = matcher.matches() ? matcher.group(2) : ref.strip();
        return core.toLowerCase(Locale.UK).replaceAll("\\s+", "");
    }

    /** The reference as it is kept: as printed, without a leading word ("Recommendation 4" is "4") or full stop. */
    static String display(String ref) {
        String value = LEADING_WORD.matcher(ref.strip()).replaceFirst("").strip();
        return value.replaceAll("[.:]$", "").strip();
    }

    /** A reference and text in one cell, split: "R3 RECOMMENDATION : text" is R3 and "text". */
    static Optional<String[]> splitRefAndText(String cell) {
        Matcher matcher = REF_AND_TEXT.matcher(cell.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {display(matcher.group(1)), withoutLabel(matcher.group(2))});
    }

    /** Whether a cell's text begins with a label saying it is a recommendation. */
    static boolean labelled(String text) {
        return LABEL.matcher(text.strip()).find();
    }

    /** The text without a label such as "RECOMMENDATION : " in front of it. */
    static String withoutLabel(String text) {
        return LABEL.matcher(text.strip()).replaceFirst("").strip();
    }

    /** "1.2" or "1a" under "1": an action's own number, not a new recommendation ("12" is not under "1"). */
    static boolean isPartOf(String ref, String parent) {
        String child = key(ref);
        String of = key(parent);
        if (of.isEmpty() || child.length() <= of.length() || !child.startsWith(of)) {
            return false;
        }
        return !Character.isDigit(child.charAt(of.length()));
    }
}
