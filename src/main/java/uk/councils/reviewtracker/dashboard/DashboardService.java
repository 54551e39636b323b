package uk.councils.reviewtracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.actions.ActionGroup;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ActionTally;
import uk.councils.reviewtracker.actions.PlanRow;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RatedFacts;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.recommendations.RecommendationLine;
import uk.councils.reviewtracker.recommendations.RecommendationService;
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

    /** The first {@code limit} of the review's actions with that rating, in plan order; {@code plan} its lines. */
    public List<PlanRow> rowsRated(Long reviewId, Rag rag, int limit, List<RecommendationLine> plan) {
        return actions.planRowsRated(reviewId, rag, limit, RecommendationService.themesOf(plan));
    }

    /**
     * The review's figures, counted in the database: the whole plan; per theme (the framework's themes in order,
     * then any other, then actions with no theme); per recommendation group (priority heading), in plan order.
     * {@code plan} is the review's recommendations in order, as lines.
     */
    public ReviewFigures figures(Review review, List<RecommendationLine> plan) {
        Map<Long, List<ActionTally>> byRecommendation = actions.tally(review.getId(),
                review.getReportingIntervalWeeks()).stream()
                .collect(Collectors.groupingBy(ActionTally::recommendationId));
        Map<String, List<ActionTally>> byTheme = new LinkedHashMap<>();
        frameworks.themesOf(review.getFramework()).forEach(theme -> byTheme.put(theme.getName(), new ArrayList<>()));
        Map<String, List<ActionTally>> byGroup = new LinkedHashMap<>();
        List<ActionTally> all = new ArrayList<>();
        for (RecommendationLine recommendation : plan) {
            List<ActionTally> tallies = byRecommendation.get(recommendation.id());
            if (tallies == null) {
                continue;
            }
            String theme = recommendation.theme();
            byTheme.computeIfAbsent(theme == null ? PlanRow.NONE : theme, key -> new ArrayList<>()).addAll(tallies);
            String group = recommendation.groupHeading();
            byGroup.computeIfAbsent(group == null ? PlanRow.NONE : group, key -> new ArrayList<>()).addAll(tallies);
            all.addAll(tallies);
        }
        return new ReviewFigures(Figures.of("", Selection.all(), all), slices(byTheme, Selection.all()::withTheme),
                slices(byGroup, Selection.all()::withGroup));
    }

    private static List<Figures> slices(Map<String, List<ActionTally>> tallies, Function<String, Selection> select) {
        List<Figures> figures = new ArrayList<>();
        tallies.forEach((key, slice) -> {
            if (!slice.isEmpty() || !key.isEmpty()) {
                figures.add(Figures.of(key, select.apply(key), slice));
            }
        });
        return figures;
    }
}
