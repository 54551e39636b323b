package uk.councils.reviewtracker.briefings;

import java.time.LocalDate;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.TargetDate;

/** The plan's RAG counts as frozen by one briefing. */
public record TrendPoint(Long briefingId, LocalDate meetingDate, String meetingName, Map<Rag, Integer> counts) {

    /** "Children's Scrutiny Panel, 15 Dec 2026": the meeting, its day written as every day the pages show. */
    public String label() {
        return meetingName + ", " + TargetDate.day(meetingDate).display();
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
