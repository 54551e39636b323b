package uk.councils.reviewtracker.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.actions.PlanRow;
import uk.councils.reviewtracker.actions.Rag;

/** The counts of one slice of a plan (a theme, a group, or a whole review), each with the selection behind it. */
public record Figures(String label, Selection selection, int total, Map<Rag, Integer> byRag, int overdue, int stale) {

    static Figures of(String label, Selection selection, List<PlanRow> rows) {
        Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, selection.withRag(rag).count(rows));
        }
        return new Figures(label, selection, selection.count(rows), byRag, selection.overdueOnly().count(rows),
                selection.staleOnly().count(rows));
    }

    public int complete() {
        return byRag.get(Rag.COMPLETE);
    }

    /** Whole per cent complete, rounded down so that 99.6% is never shown as done. */
    public int percentComplete() {
        return total == 0 ? 0 : complete() * 100 / total;
    }
}
