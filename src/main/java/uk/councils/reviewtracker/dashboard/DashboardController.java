package uk.councils.reviewtracker.dashboard;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.briefings.BriefingService;
import uk.councils.reviewtracker.briefings.TrendPoint;
import uk.councils.reviewtracker.recommendations.RecommendationLine;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;

/** Read-only dashboards for scrutiny members (and everyone else): figures, charts and the actions behind them. */
@Controller
class DashboardController {

    /** A review dashboard lists this many of its actions behind schedule, and links to the rest. */
    static final int BEHIND_SHOWN = 20;

    private final DashboardService dashboards;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final BriefingService briefings;
    private final MessageSource messages;

    DashboardController(DashboardService dashboards, ReviewService reviews, RecommendationService recommendations,
                        BriefingService briefings, MessageSource messages) {
        this.dashboards = dashboards;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.briefings = briefings;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String portfolio(Model model) {
        List<PortfolioRow> rows = dashboards.portfolio();
        model.addAttribute("rows", rows);
        model.addAttribute("chart", BarChart.of(text("dashboard.portfolio.chart"),
                text("dashboard.portfolio.chart.description"),
                rows.stream().map(row -> row.review().getDisplayName()).toList(),
                rows.stream().map(PortfolioRow::byRag).toList()));
        return "dashboard/portfolio";
    }

    @GetMapping("/dashboard/reviews/{id}")
    String review(@PathVariable Long id, Model model) {
        Review review = reviews.get(id);
        List<RecommendationLine> plan = recommendations.lines(id);
        ReviewFigures figures = dashboards.figures(review, plan);
        List<TrendPoint> trend = briefings.trend(id);
        model.addAttribute("review", review);
        model.addAttribute("whole", figures.whole());
        model.addAttribute("themes", figures.themes());
        model.addAttribute("themeChart", chart("dashboard.byTheme", figures.themes()));
        model.addAttribute("groups", figures.groups());
        model.addAttribute("groupChart", chart("dashboard.byGroup", figures.groups()));
        model.addAttribute("behind", dashboards.rowsRated(id, Rag.BEHIND_SCHEDULE, BEHIND_SHOWN, plan));
        model.addAttribute("behindCount", figures.whole().byRag().get(Rag.BEHIND_SCHEDULE));
        model.addAttribute("recommendations", plan);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", BarChart.of(text("dashboard.trend"), text("dashboard.trend.description"),
                trend.stream().map(TrendPoint::label).toList(),
                trend.stream().map(TrendPoint::counts).toList()));
        return "dashboard/review";
    }

    @GetMapping("/dashboard/reviews/{id}/actions")
    String actions(@PathVariable Long id, @RequestParam(required = false) Rag rag,
                   @RequestParam(required = false) String theme, @RequestParam(required = false) String group,
                   @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean stale,
                   Model model) {
        Selection selection = new Selection(rag, theme, group, overdue, stale);
        model.addAttribute("review", reviews.get(id));
        model.addAttribute("selection", selection);
        model.addAttribute("rows", selection.filter(dashboards.rows(id)));
        return "dashboard/actions";
    }

    private BarChart chart(String key, List<Figures> slices) {
        return BarChart.of(text(key), text(key + ".description"),
                slices.stream().map(f -> f.label().isEmpty() ? text("dashboard.none") : f.label()).toList(),
                slices.stream().map(Figures::byRag).map(Map::copyOf).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
