package uk.councils.reviewtracker.actions;

import java.util.Map;
import org.springframework.data.domain.Page;

/** A page of the actions someone leads, with how many of them (all pages) fall in each group. */
public record LedActions(Map<ActionGroup, Long> counts, Page<RatedAction> page) {

    public long openCount() {
        return open(counts);
    }

    /** How many are not complete, of these counts by group. */
    static long open(Map<ActionGroup, Long> counts) {
        return counts.entrySet().stream().filter(entry -> entry.getKey() != ActionGroup.COMPLETE)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
