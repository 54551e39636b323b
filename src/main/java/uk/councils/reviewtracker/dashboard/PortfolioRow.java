package uk.councils.reviewtracker.dashboard;

import java.time.LocalDate;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.reviews.Review;

/** Where one review's plan stands today. */
public record PortfolioRow(Review review, int total, Map<Rag, Integer> byRag, int overdue, int stale,
                           LocalDate nextDue) {

    public int percentComplete() {
        return total == 0 ? 0 : byRag.get(Rag.COMPLETE) * 100 / total;
    }
}
