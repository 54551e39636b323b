package uk.councils.reviewtracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;

/**
 * A horizontal stacked bar chart drawn as SVG on the server: one bar per slice, one segment per RAG rating,
 * lengths to scale. Pages print it with a title and a description, and the same figures in a table beside it.
 */
public record BarChart(String title, String description, List<Bar> bars, int height) {

    public static final int WIDTH = 640;
    private static final int LABEL = 20;
    private static final int BAR = 22;
    private static final int GAP = 14;

    public record Bar(String label, int y, List<Segment> segments, int total) {
    }

    public record Segment(Rag rag, int count, double x, double width, String fill) {
    }

    public static BarChart of(String title, String description, List<String> labels,
                              List<Map<Rag, Integer>> counts) {
        int max = counts.stream().mapToInt(BarChart::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (int i = 0; i < labels.size(); i++) {
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (Rag rag : Rag.values()) {
                int count = counts.get(i).getOrDefault(rag, 0);
                if (count > 0) {
                    double width = max == 0 ? 0 : (double) count * WIDTH / max;
                    segments.add(new Segment(rag, count, x, width, fill(rag)));
                    x += width;
                }
            }
            bars.add(new Bar(labels.get(i), y + LABEL - 6, segments, total(counts.get(i))));
            y += LABEL + BAR + GAP;
        }
        return new BarChart(title, description, bars, Math.max(y, 1));
    }

    public int barHeight() {
        return BAR;
    }

    public int labelHeight() {
        return LABEL;
    }

    private static int total(Map<Rag, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The GOV.UK palette colours of the RAG tags; the words are always printed beside them. */
    private static String fill(Rag rag) {
        return switch (rag) {
            case COMPLETE -> "#1d70b8";
            case ON_SCHEDULE -> "#00703c";
            case AT_RISK -> "#ffdd00";
            case BEHIND_SCHEDULE -> "#d4351c";
            case NOT_STARTED -> "#b1b4b6";
            case RESCHEDULED -> "#4c2c92";
            case SUSPENDED -> "#f47738";
        };
    }
}
