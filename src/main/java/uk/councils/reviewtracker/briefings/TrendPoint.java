package uk.councils.reviewtracker.briefings;

import java.time.LocalDate;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;

/** The plan's RAG counts as frozen by one briefing. */
public record TrendPoint(Long briefingId, LocalDate meetingDate, String meetingName, Map<Rag, Integer> counts) {

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
