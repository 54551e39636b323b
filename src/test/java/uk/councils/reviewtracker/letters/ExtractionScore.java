package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;

/**
 * Precision, recall and F1 of one list field of an extraction against its ground truth. Entries are compared as
 * multisets after whitespace normalisation (runs of whitespace are one space, ends trimmed); nothing else is
 * forgiven. {@code refs} and {@code groups} say, for recommendations, how many of the matched entries also have the
 * ground truth's ref and group (reported, not part of F1: a group is often a label the checker wrote).
 */
record ExtractionScore(String field, int truth, int extracted, int matched, int refs, int groups) {

    double precision() {
        return extracted == 0 ? (truth == 0 ? 1 : 0) : (double) matched / extracted;
    }

    double recall() {
        return truth == 0 ? (extracted == 0 ? 1 : 0) : (double) matched / truth;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static <T> ExtractionScore of(String field, List<T> truth, List<T> extracted, Function<T, String> key) {
        int matched = matched(truth.stream().map(key).toList(), extracted.stream().map(key).toList()).size();
        return new ExtractionScore(field, truth.size(), extracted.size(), matched, -1, -1);
    }

    static ExtractionScore ofPriorities(List<Priority> truth, List<Priority> extracted) {
        Map<String, List<Priority>> unmatched = new HashMap<>();
        truth.forEach(p -> unmatched.computeIfAbsent(normalise(p.text()), k -> new ArrayList<>()).add(p));
        int matched = 0;
        int refs = 0;
        int groups = 0;
        for (Priority priority : extracted) {
            List<Priority> candidates = unmatched.getOrDefault(normalise(priority.text()), List.of());
            if (!candidates.isEmpty()) {
                Priority answer = candidates.remove(0);
                matched++;
                refs += Objects.equals(normalise(answer.ref()), normalise(priority.ref())) ? 1 : 0;
                groups += Objects.equals(normalise(answer.group()), normalise(priority.group())) ? 1 : 0;
            }
        }
        return new ExtractionScore("priorities_or_recommendations", truth.size(), extracted.size(), matched, refs,
                groups);
    }

    private static List<String> matched(List<String> truth, List<String> extracted) {
        Map<String, Integer> left = new HashMap<>();
        truth.forEach(t -> left.merge(t, 1, Integer::sum));
        List<String> matched = new ArrayList<>();
        for (String entry : extracted) {
            if (left.getOrDefault(entry, 0) > 0) {
                left.merge(entry, -1, Integer::sum);
                matched.add(entry);
            }
        }
        return matched;
    }

    static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    String row(String seed) {
        String extra = refs < 0 ? "" : String.format(Locale.UK, "  refs %d/%d, groups %d/%d", refs, matched,
                groups, matched);
        return String.format(Locale.UK, "| %-36s | %-31s | %5d | %5d | %5d | %5.3f | %5.3f | %5.3f |%s", seed,
                field, truth, extracted, matched, precision(), recall(), f1(), extra);
    }

    /** What was missed and what was extra in one field of one document, a line each, for whoever tunes next. */
    static <T> String differences(String document, String field, List<T> truth, List<T> found,
                                  Function<T, String> key) {
        Map<String, Integer> left = new HashMap<>();
        truth.stream().map(key).forEach(k -> left.merge(k, 1, Integer::sum));
        List<String> extra = new ArrayList<>();
        for (String k : found.stream().map(key).toList()) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
            } else {
                extra.add(k);
            }
        }
        StringBuilder out = new StringBuilder();
        left.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                out.append(String.format("  %s %s missed: %s%n", document, field, shorten(k, 140)));
            }
        });
        extra.forEach(k -> out.append(String.format("  %s %s extra:  %s%n", document, field, shorten(k, 140))));
        return out.toString();
    }

    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
