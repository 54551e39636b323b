package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.councils.reviewtracker.letters.LetterExtraction.Passage;

/**
 * Letters often give their recommendations more than once: a cover note quotes them, each section ends with its
 * own list and a composite list closes the report, the closing workshop repeats the priorities. The same
 * recommendation, worded nearly alike in several lists, is kept once: with the wording of its last appearance
 * (the composite or closing list restates the earlier ones), the number any appearance gave it (the last that has
 * one), the group of its first appearance (the section it comes from), and in the order of the last list.
 */
final class RecommendationLists {

    private static final double SAME_WORDS = 0.75;
    private static final double CONTAINED = 0.9;
    private static final int CONTAINED_MIN_WORDS = 3;

    /** One appearance of a recommendation in list {@code list}. */
    record Appearance(String ref, String text, String group, int list, Passage source) {
    }

    record Recommendation(String ref, String text, String group, Passage source) {
    }

    private RecommendationLists() {
    }

    static List<Recommendation> merge(List<Appearance> appearances) {
        List<Merged> merged = new ArrayList<>();
        int order = 0;
        for (Appearance appearance : appearances) {
            Set<String> words = words(appearance.text());
            Merged same = merged.stream()
                    .filter(candidate -> !candidate.lists.contains(appearance.list()))
                    .filter(candidate -> alike(candidate.words, words))
                    .findFirst().orElse(null);
            if (same == null) {
                merged.add(new Merged(appearance, words, order++));
            } else {
                same.restate(appearance, words, order++);
            }
        }
        return merged.stream().sorted(Comparator.comparingInt(m -> m.order))
                .map(m -> new Recommendation(m.ref, m.text, m.group, m.source)).toList();
    }

    private static boolean alike(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        double jaccard = (double) shared / (a.size() + b.size() - shared);
        int smaller = Math.min(a.size(), b.size());
        return jaccard >= SAME_WORDS || smaller >= CONTAINED_MIN_WORDS && (double) shared / smaller >= CONTAINED;
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 1)
                .collect(Collectors.toSet());
    }

    private static final class Merged {

        private final Set<Integer> lists = new HashSet<>();
        private final String group;
        private Set<String> words;
        private String ref;
        private String text;
        private Passage source;
        private int order;

        Merged(Appearance appearance, Set<String> words, int order) {
            this.group = appearance.group();
            restate(appearance, words, order);
        }

        void restate(Appearance appearance, Set<String> words, int order) {
            this.lists.add(appearance.list());
            this.words = words;
            this.text = appearance.text();
            this.source = appearance.source();
            this.order = order;
            if (appearance.ref() != null) {
                this.ref = appearance.ref();
            }
        }
    }
}
