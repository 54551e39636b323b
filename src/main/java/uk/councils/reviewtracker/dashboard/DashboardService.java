package uk.councils.reviewtracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.actions.ActionGroup;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.PlanRow;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RatedFacts;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.reviews.ReviewStatus;

/** Read models for scrutiny: where every review stands, and where one review's plan stands by theme and group. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final ReviewService reviews;
    private final ActionService actions;
    private final FrameworkService frameworks;

    DashboardService(ReviewService reviews, ActionService actions, FrameworkService frameworks) {
        this.reviews = reviews;
        this.actions = actions;
        this.frameworks = frameworks;
    }

    /** Every review that is not closed, with its figures. Two queries, whatever the number of reviews. */
    public List<PortfolioRow> portfolio() {
        Map<Long, List<RatedFacts>> byReview = actions.factsOfOpenReviews().stream()
                .collect(Collectors.groupingBy(RatedFacts::reviewId));
        return reviews.all().stream().filter(review -> review.getStatus() != ReviewStatus.CLOSED)
                .map(review -> row(review, byReview.getOrDefault(review.getId(), List.of())))
                .toList();
    }

    /** The review's figures, counted in one pass over its actions. */
    private static PortfolioRow row(Review review, List<RatedFacts> facts) {
        Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, 0);
        }
        int overdue = 0;
        int stale = 0;
        LocalDate nextDue = null;
        for (RatedFacts fact : facts) {
            byRag.merge(fact.rag(), 1, Integer::sum);
            boolean isOverdue = fact.group() == ActionGroup.OVERDUE;
            overdue += isOverdue ? 1 : 0;
            stale += fact.stale() ? 1 : 0;
            LocalDate target = fact.targetDate();
            if (fact.status() != ActionStatus.COMPLETE && !isOverdue && target != null
                    && (nextDue == null || target.isBefore(nextDue))) {
                nextDue = target;
            }
        }
        return new PortfolioRow(review, facts.size(), byRag, overdue, stale, nextDue);
    }

    public List<PlanRow> rows(Long reviewId) {
        return actions.planRows(reviewId);
    }

    /** Figures per theme: the framework's themes in order, then any other, then actions with no theme. */
    public List<Figures> byTheme(Review review, List<PlanRow> rows) {
        Set<String> themes = new LinkedHashSet<>();
        frameworks.themesOf(review.getFramework()).stream().map(Theme::getName).forEach(themes::add);
        rows.stream().map(PlanRow::theme).forEach(themes::add);
        return slices(themes, rows, Selection.all()::withTheme);
    }

    /** Figures per recommendation group (priority heading), in plan order. */
    public List<Figures> byGroup(List<PlanRow> rows) {
        Set<String> groups = new LinkedHashSet<>();
        rows.stream().map(PlanRow::group).forEach(groups::add);
        return slices(groups, rows, Selection.all()::withGroup);
    }

    public Figures whole(List<PlanRow> rows) {
        return Figures.of("", Selection.all(), rows);
    }

    private static List<Figures> slices(Set<String> keys, List<PlanRow> rows,
                                        java.util.function.Function<String, Selection> select) {
        List<Figures> figures = new ArrayList<>();
        for (String key : keys) {
            Figures slice = Figures.of(key, select.apply(key), rows);
            if (slice.total() > 0 || !key.isEmpty()) {
                figures.add(slice);
            }
        }
        return figures;
    }
}
