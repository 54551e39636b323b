package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a table cell whose bullets PDF extraction ran into one line with the glyphs lost:
 * "... lives of children and young people We saw good evidence ...". A cell is split only when it shows that
 * damage: a sentence that starts with a word such as "We", "You" or "There" straight after a word that ends no
 * sentence. It is then split there, at every such start, and after each full stop.
 */
final class RunOnCell {

    /** Words that start a finding; after a lower-case word they show a lost bullet. */
    private static final Set<String> OPENERS = Set.of("We", "You", "Your", "There", "The", "This", "These",
            "Those", "It", "Its", "Our", "No", "All", "Each", "Every", "A", "An", "In", "Staff", "Partners");
    /** Words after which a capitalised word carries the sentence on ("links with Research in Practice"). */
    private static final Set<String> CARRY_ON = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "via", "into", "onto", "as", "than", "between", "across",
            "within", "through", "under", "over", "about", "against", "among", "amongst", "towards", "toward",
            "around", "upon", "like", "your", "our", "their", "its", "his", "her", "my", "this", "that", "these",
            "those", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "not", "no", "all",
            "both", "each", "every", "including", "such", "per", "whose", "which", "who", "where", "when", "while",
            "whilst", "if", "so", "also", "more", "most", "new", "see", "e.g.", "i.e.", "eg", "ie", "called",
            "named", "known", "said", "says", "aka");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "etc.", "no.", "mr.", "mrs.", "ms.",
            "dr.", "st.", "vs.", "para.", "ref.", "cf.");
    private static final Pattern CAPITALISED = Pattern.compile("^[\"'‘“(]?[A-Z][a-z’']+[,:;]?$");
    private static final Pattern ENDS_WORD = Pattern.compile(".*[\\p{Ll}\\d%'’”\"]$");

    private RunOnCell() {
    }

    static List<String> split(String cell) {
        String[] words = cell.strip().split("\\s+");
        if (!damaged(words)) {
            return List.of(cell.strip());
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (sentenceEnds(words[i - 1], words[i]) || lostBullet(words, i, false)) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(' ');
            }
            piece.append(words[i]);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static boolean damaged(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (lostBullet(words, i, true)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word straight after a lower-case word that ends no sentence and carries nothing on. */
    private static boolean lostBullet(String[] words, int i, boolean openersOnly) {
        String previous = words[i - 1];
        String word = words[i];
        if (!CAPITALISED.matcher(word).matches() || !ENDS_WORD.matcher(previous).matches()
                || !Character.isLowerCase(firstLetter(previous))
                || CARRY_ON.contains(previous.toLowerCase(Locale.UK).replaceAll("[\"'’”]+$", ""))) {
            return false;
        }
        if (OPENERS.contains(word)) {
            return true;
        }
        boolean properName = i + 1 < words.length && CAPITALISED.matcher(words[i + 1]).matches();
        return !openersOnly && !properName;
    }

    private static boolean sentenceEnds(String previous, String word) {
        return previous.endsWith(".") && !ABBREVIATIONS.contains(previous.toLowerCase(Locale.UK))
                && !previous.matches("(?:[A-Z]\\.)+") && Character.isUpperCase(firstLetter(word));
    }

    private static char firstLetter(String word) {
        String bare = word.replaceAll("^[\"'‘“(]+", "");
        return bare.isEmpty() ? ' ' : bare.charAt(0);
    }
}
