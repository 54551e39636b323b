package uk.councils.reviewtracker.frameworks;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the theme a heading names, as letters write headings loosely: "Vision, Strategy &amp; Leadership" for
 * "Vision, strategy and leadership", "Working Together and WSCB" for "Working together and the safeguarding
 * board". Words are compared ignoring case, punctuation and small words.
 */
public final class ThemeMatcher {

    private static final Set<String> SMALL_WORDS = Set.of("and", "the", "of", "for", "in", "a", "an", "to", "with");
    private static final double ENOUGH_OVERLAP = 0.6;

    private ThemeMatcher() {
    }

    public static Optional<Theme> match(String heading, Collection<Theme> themes) {
        Set<String> headingWords = words(heading);
        if (headingWords.isEmpty()) {
            return Optional.empty();
        }
        Theme best = null;
        double bestScore = 0;
        for (Theme theme : themes) {
            double score = overlap(headingWords, words(theme.getName()));
            if (score > bestScore) {
                best = theme;
                bestScore = score;
            }
        }
        return bestScore >= ENOUGH_OVERLAP ? Optional.of(best) : Optional.empty();
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.min(a.size(), b.size());
    }

    private static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.UK).replace("&", " and ").split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word))
                .collect(Collectors.toSet());
    }
}
