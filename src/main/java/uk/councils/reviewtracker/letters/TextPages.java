package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PDF-to-text extractor leaves of a page's layout, undone before the text is read. Every line keeps its
 * number (a line taken away is left blank), so that passages still point at the file's lines.
 * <ul>
 * <li>Page furniture: "Page 3 of 10", a page number alone, and a running header or footer (the same line at the
 * top or the bottom of several pages, page numbers aside, or a line after a page number that stands inside a
 * sentence the page end cut) are taken away.</li>
 * <li>Bullets set apart from their text: an extractor that reads a list's bullet column first writes each bullet
 * glyph on a line of its own, then the items' lines. The items get their bullets back: as many items as there
 * were bullets, each starting where a line most looks like a new item (the line before it ended a sentence or
 * stopped short, it opens with a capital, the line before did not end on a word that carries a sentence on).</li>
 * <li>Tables kept in their layout, columns side by side: written a row a line, cells apart by tabs
 * ({@link TextColumns}).</li>
 * </ul>
 */
final class TextPages {

    static final Pattern PAGE_NUMBER = Pattern.compile("^(?:Page\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?"
            + "|\\d{1,3}|-\\s*\\d{1,3}\\s*-|\\d{1,3}\\s*/\\s*\\d{1,3})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GLYPH_ALONE = Pattern.compile("^[•·▪◦●○■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8o-]$");
    private static final Set<String> CARRY_ON = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "into", "as", "than", "between", "across", "within", "through",
            "your", "our", "their", "its", "this", "that", "these", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "not", "all", "both", "each", "including", "such", "which", "who", "where", "when",
            "while", "if", "so", "also", "more", "most", "e.g.", "i.e.", "via");
    private static final int MIN_PAGES = 2;
    private static final int HEADER_REACH = 4;

    private TextPages() {
    }

    static String undone(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n')
                .split("\n", -1)));
        withoutFurniture(lines);
        TextColumns.asCells(lines);
        withBulletsBack(lines);
        return String.join("\n", lines);
    }

    private static void withoutFurniture(List<String> lines) {
        Map<String, Integer> edges = new HashMap<>();
        List<Integer> edgeLines = new ArrayList<>();
        int pageStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean pageEnds = i == lines.size() || lines.get(i).startsWith("\f");
            if (pageEnds) {
                edge(lines, pageStart, i, edges, edgeLines);
                pageStart = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String clean = lines.get(i).replace("\f", "").strip();
            if (PAGE_NUMBER.matcher(clean).matches()) {
                lines.set(i, lines.get(i).startsWith("\f") ? "\f" : "");
                nextWords(lines, i).ifPresent(next -> {
                    // the first line of a page is often also the line after the last page's number: count it once
                    if (!edgeLines.contains(next)) {
                        edges.merge(key(lines.get(next)), 1, Integer::sum);
                        edgeLines.add(next);
                    }
                });
            }
        }
        for (int i : edgeLines) {
            if (edges.getOrDefault(key(lines.get(i)), 0) >= MIN_PAGES || withinSentence(lines, i)) {
                lines.set(i, lines.get(i).startsWith("\f") ? "\f" : "");
            }
        }
    }

    /**
     * A short line after a page number, between the two halves of a sentence the page end cut (the text before
     * the page number does not end a sentence, the text after the line carries it on in lower case): a running
     * header, even in a letter too short to repeat it.
     */
    private static boolean withinSentence(List<String> lines, int header) {
        String before = neighbour(lines, header, -1);
        String after = neighbour(lines, header, 1);
        String text = lines.get(header).replace("\f", "").strip();
        return before != null && after != null && !LetterLayout.endsSentence(before)
                && LetterLayout.startsLower(after) && LetterLayout.headingLike(text);
    }

    /** The nearest line with words before ({@code step} -1) or after (+1) a line, past page numbers. */
    private static String neighbour(List<String> lines, int from, int step) {
        for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
            String clean = lines.get(i).replace("\f", "").strip();
            if (!clean.isEmpty() && !PAGE_NUMBER.matcher(clean).matches()) {
                return clean;
            }
        }
        return null;
    }

    /** The next line with words within a few lines after a page number: where a running header stands. */
    private static java.util.Optional<Integer> nextWords(List<String> lines, int pageNumber) {
        for (int i = pageNumber + 1; i < Math.min(lines.size(), pageNumber + HEADER_REACH); i++) {
            if (!lines.get(i).isBlank()) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /** The first and the last line with words on the page from {@code start} to {@code end}. */
    private static void edge(List<String> lines, int start, int end, Map<String, Integer> edges,
                             List<Integer> edgeLines) {
        Integer first = null;
        Integer last = null;
        for (int i = start; i < end; i++) {
            String clean = lines.get(i).replace("\f", "").strip();
            if (!clean.isEmpty() && !PAGE_NUMBER.matcher(clean).matches()) {
                first = first == null ? i : first;
                last = i;
            }
        }
        for (Integer at : first == null ? List.<Integer>of() : first.equals(last) ? List.of(first)
                : List.of(first, last)) {
            edges.merge(key(lines.get(at)), 1, Integer::sum);
            edgeLines.add(at);
        }
    }

    private static String key(String line) {
        return line.replace("\f", "").strip().replaceAll("\\d+", "#").toLowerCase(Locale.UK);
    }

    private static void withBulletsBack(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!glyph(lines.get(i))) {
                i++;
                continue;
            }
            int bullets = 0;
            int j = i;
            while (j < lines.size() && (glyph(lines.get(j)) || lines.get(j).isBlank())) {
                if (glyph(lines.get(j))) {
                    bullets++;
                    lines.set(j, "");
                }
                j++;
            }
            int end = j;
            while (end < lines.size() && !lines.get(end).isBlank() && !glyph(lines.get(end))) {
                end++;
            }
            if (end - j >= bullets) {
                starts(lines, j, end, bullets).forEach(start -> lines.set(start, "- " + lines.get(start).strip()));
            }
            i = end;
        }
    }

    /** Whether a line ends on a word that carries a sentence on ("that", "the", "and"): it is cut, not whole. */
    static boolean carriesOn(String line) {
        String clean = line.strip();
        return CARRY_ON.contains(clean.substring(clean.lastIndexOf(' ') + 1).toLowerCase(Locale.UK));
    }

    private static boolean glyph(String line) {
        return GLYPH_ALONE.matcher(line.replace("\f", "").strip()).matches();
    }

    /** The lines from {@code from} to {@code to} that start the {@code count} items, the first always one. */
    private static List<Integer> starts(List<String> lines, int from, int to, int count) {
        int longest = 1;
        for (int i = from; i < to; i++) {
            longest = Math.max(longest, lines.get(i).strip().length());
        }
        List<double[]> candidates = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            String line = lines.get(i).strip();
            String before = lines.get(i - 1).strip();
            String lastWord = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.UK);
            if (line.isEmpty() || Character.isLowerCase(line.charAt(0)) || CARRY_ON.contains(lastWord)
                    || before.endsWith(",")) {
                continue;
            }
            double score = (LetterLayout.endsSentence(before) ? 2 : 0) + 1 - (double) before.length() / longest;
            candidates.add(new double[] {i, score});
        }
        candidates.sort((a, b) -> Double.compare(b[1], a[1]));
        List<Integer> starts = new ArrayList<>(List.of(from));
        candidates.stream().limit(Math.max(0, count - 1L)).forEach(c -> starts.add((int) c[0]));
        return starts;
    }
}
