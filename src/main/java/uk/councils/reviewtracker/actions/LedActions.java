package uk.councils.reviewtracker.actions;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * A page of the actions someone leads, with how many of them (all pages) have each rating: the tabs of My actions
 * are the RAG tags the rows carry, so a tab always counts the rows that show its tag.
 */
public record LedActions(Map<Rag, Long> counts, Page<RatedAction> page) {

    /** The tabs in the order an officer works through them: what needs attention first. */
    public static final List<Rag> TABS = List.of(Rag.BEHIND_SCHEDULE, Rag.AT_RISK, Rag.NOT_STARTED,
            Rag.ON_SCHEDULE, Rag.RESCHEDULED, Rag.SUSPENDED, Rag.COMPLETE);

    public long openCount() {
        return open(counts);
    }

    /** How many are not complete, of these counts by rating. */
    static long open(Map<Rag, Long> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getKey() != Rag.COMPLETE)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
