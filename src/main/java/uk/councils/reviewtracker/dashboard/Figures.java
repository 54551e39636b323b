package uk.councils.reviewtracker.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.actions.ActionTally;
import uk.councils.reviewtracker.actions.Rag;

/** The counts of one slice of a plan (a theme, a group, or a whole review), each with the selection behind it. */
public record Figures(String label, Selection selection, int total, Map<Rag, Integer> byRag, int overdue, int stale) {

    /** The sums of the tallies of the slice's actions. */
    static Figures of(String label, Selection selection, List<ActionTally> tallies) {
        Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, 0);
        }
        int total = 0;
        int overdue = 0;
        int stale = 0;
        for (ActionTally tally : tallies) {
            byRag.merge(tally.rag(), tally.count(), Integer::sum);
            total += tally.count();
            overdue += tally.overdue() ? tally.count() : 0;
            stale += tally.stale() ? tally.count() : 0;
        }
        return new Figures(label, selection, total, byRag, overdue, stale);
    }

    public int complete() {
        return byRag.get(Rag.COMPLETE);
    }

    /** Whole per cent complete, rounded down so that 99.6% is never shown as done. */
    public int percentComplete() {
        return total == 0 ? 0 : complete() * 100 / total;
    }
}
