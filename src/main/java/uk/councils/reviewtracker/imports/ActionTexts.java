package uk.councils.reviewtracker.imports;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for telling actions apart: texts that differ only in punctuation, case or whitespace are the same
 * action ({@link #key}); texts that share nearly all their words are near-duplicates ({@link #nearlySame}), which
 * the preview flags rather than deciding for the manager.
 */
final class ActionTexts {

    /** Share of words two texts must have in common to be flagged as near-duplicates. */
    private static final double NEAR = 0.8;

    private ActionTexts() {
    }

    static String key(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean same(String one, String other) {
        return key(one).equals(key(other));
    }

    /** Not the same, but nearly all words in common (Jaccard index of their word sets). */
    static boolean nearlySame(String one, String other) {
        if (same(one, other)) {
            return false;
        }
        Set<String> a = words(one);
        Set<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size() >= NEAR;
    }

    private static Set<String> words(String text) {
        String key = key(text);
        return key.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(key.split(" ")));
    }
}
