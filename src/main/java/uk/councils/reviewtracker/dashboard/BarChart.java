package uk.councils.reviewtracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;

/**
 * A horizontal stacked bar chart: one bar per slice, one segment per RAG rating, lengths to scale (in per cent of
 * the longest bar, so it is as wide as the page at any width). Pages print each bar's label as text that wraps, its
 * count on each segment wide enough to hold it, and every count with its rating in words beside the bar.
 */
public record BarChart(String title, String description, List<Bar> bars) {

    /** The narrowest bar a page draws, in CSS pixels: a 320 px screen less the page margins. */
    static final double NARROWEST_PX = 288;
    /** The narrowest bar on a tablet or wider (from 641 px, app.css shows the counts that need this much). */
    static final double NARROWEST_WIDE_PX = 580;
    /** The width a count needs on its segment: 16 px Arial digits and a little space either side. */
    private static final double DIGIT_PX = 9;
    private static final double PADDING_PX = 8;

    public record Bar(String label, int total, List<Segment> segments) {
    }

    /** {@code x} and {@code width} in per cent of the chart's width. */
    public record Segment(Rag rag, int count, double x, double width) {

        public double middle() {
            return x + width / 2;
        }

        /** Whether the count fits on the segment even on the narrowest screen; it is always beside the bar too. */
        public boolean countFits() {
            return fitsIn(NARROWEST_PX);
        }

        /** Whether the count fits on the segment on a tablet or wider. */
        public boolean countFitsWide() {
            return fitsIn(NARROWEST_WIDE_PX);
        }

        private boolean fitsIn(double barPx) {
            return width / 100 * barPx >= String.valueOf(count).length() * DIGIT_PX + PADDING_PX;
        }
    }

    public static BarChart of(String title, String description, List<String> labels,
                              List<Map<Rag, Integer>> counts) {
        int max = counts.stream().mapToInt(BarChart::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (Rag rag : Rag.values()) {
                int count = counts.get(i).getOrDefault(rag, 0);
                if (count > 0) {
                    double width = (double) count * 100 / max;
                    segments.add(new Segment(rag, count, x, width));
                    x += width;
                }
            }
            bars.add(new Bar(labels.get(i), total(counts.get(i)), segments));
        }
        return new BarChart(title, description, bars);
    }

    private static int total(Map<Rag, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
