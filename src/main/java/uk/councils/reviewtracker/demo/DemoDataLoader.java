package uk.councils.reviewtracker.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingDetails;
import uk.councils.reviewtracker.findings.FindingKind;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.frameworks.ThemeMatcher;
import uk.councils.reviewtracker.recommendations.CouncilResponse;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.recommendations.ResponseType;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewDetails;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.reviews.ReviewType;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * Demo data for the embedded default: the four seed reviews (hand-checked from real public letters), an invented
 * improvement plan for each, and demo accounts whose password is "demo". Loaded once, only on H2 unless
 * {@code app.demo-data=always}; never on a production PostgreSQL database by default. Loaded as soon as every bean
 * exists, before the web server starts, so nobody can sign in before the demo accounts do (and the check for a
 * first administrator, at start, finds the demo one).
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    static final List<String> SEED_FILES = List.of("walsall-2012-peer-review.json",
            "thurrock-2010-peer-review.json", "thurrock-2020-independent-review.json",
            "shropshire-2012-peer-review.json");

    private static final int SCENARIOS = 6;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String mode;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final UserService users;
    private final FrameworkService frameworks;
    private final ReviewService reviews;
    private final FindingService findings;
    private final RecommendationService recommendations;
    private final ActionService actions;
    private final Clock clock;

    DemoDataLoader(@Value("${app.demo-data:auto}") String mode, DataSource dataSource,
                   TransactionTemplate transaction, UserService users, FrameworkService frameworks,
                   ReviewService reviews, FindingService findings, RecommendationService recommendations,
                   ActionService actions, Clock clock) {
        this.mode = mode;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.users = users;
        this.frameworks = frameworks;
        this.reviews = reviews;
        this.findings = findings;
        this.recommendations = recommendations;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!wanted() || users.findByUsername("manager").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded demo data: {} reviews; demo accounts admin, manager, officer, officer2, scrutiny "
                + "with password '{}' (demo only)", SEED_FILES.size(), DEMO_PASSWORD);
    }

    private boolean wanted() {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            default -> embeddedDatabase();
        };
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private void load() {
        DemoPlan plan = read("demo/plans.json", DemoPlan.class);
        Agency socialCare = users.agencyNamed("Children's Social Care");
        Agency police = users.agencyNamed("Police");
        List<Agency> agencies = List.of(socialCare, police, users.agencyNamed("Health (Clinical Commissioning Group)"),
                users.agencyNamed("Education and Schools"), users.agencyNamed("Safeguarding Children Partnership"));
        users.create("admin", "Alex Admin", DEMO_PASSWORD, Role.ADMIN, null);
        User manager = users.create("manager", "Morgan Manager", DEMO_PASSWORD, Role.MANAGER, socialCare);
        List<User> leads = List.of(
                users.create("officer", "Olu Officer", DEMO_PASSWORD, Role.OFFICER, socialCare),
                users.create("officer2", "Priya Patel", DEMO_PASSWORD, Role.OFFICER, police),
                manager);
        users.create("scrutiny", "Sam Scrutiny", DEMO_PASSWORD, Role.SCRUTINY, null);
        leads.forEach(lead -> lead.setEmail(lead.getUsername() + "@example.org"));

        Random random = new Random(2012);
        for (String file : SEED_FILES) {
            SeedReview seed = read("demo/" + file, SeedReview.class);
            Review review = loadReview(seed);
            for (Recommendation recommendation : loadRecommendations(review, seed, plan, file, random)) {
                for (String text : plan.actionsFor(file, recommendation.getRef())) {
                    int scenario = random.nextInt(SCENARIOS);
                    Action action = actions.add(recommendation.getId(), new ActionDetails(text, null, null, null,
                            target(scenario, random), pick(leads, random).getId(), pick(agencies, random).getId(),
                            null), manager.getDisplayName());
                    giveHistory(action, scenario, plan, random);
                }
            }
        }
    }

    private Review loadReview(SeedReview seed) {
        Framework framework = frameworkFor(seed.frameworkThemes());
        LocalDate letterDate = seed.letterOrReportDate() == null ? null : LocalDate.parse(seed.letterOrReportDate());
        Review review = reviews.create(new ReviewDetails(seed.organisation(), reviewType(seed.reviewType()),
                seed.title(), seed.fieldworkOrReviewDates(), null, null, letterDate, seed.reviewerLead(),
                seed.reviewerRoleOrg(), null, framework == null ? null : framework.getId(), ReviewStatus.PUBLISHED,
                Review.DEFAULT_REPORTING_INTERVAL_WEEKS));
        seed.linesOfEnquiry().forEach(line ->
                reviews.addLineOfEnquiry(review.getId(), line.question(), line.findingSummary()));
        seed.summaryStrengths().forEach(text -> findings.add(review.getId(),
                new FindingDetails(null, FindingKind.STRENGTH, FindingDetail.SUMMARY, null, text)));
        seed.summaryAreasForConsideration().forEach(text -> findings.add(review.getId(),
                new FindingDetails(null, FindingKind.AREA_FOR_CONSIDERATION, FindingDetail.SUMMARY, null, text)));
        List<Theme> themes = framework == null ? List.of() : framework.getThemes();
        for (SeedReview.DetailedFinding finding : seed.detailedFindings()) {
            Theme theme = ThemeMatcher.match(finding.theme(), themes).orElse(null);
            FindingKind kind = "strength".equals(finding.kind()) ? FindingKind.STRENGTH
                    : FindingKind.AREA_FOR_CONSIDERATION;
            findings.add(review.getId(), new FindingDetails(theme == null ? null : theme.getId(), kind,
                    FindingDetail.DETAILED, theme == null ? finding.theme() : null, finding.text()));
        }
        return review;
    }

    /** Reviews with no recommendations (Shropshire lists "main issues") get one per area for consideration. */
    private List<Recommendation> loadRecommendations(Review review, SeedReview seed, DemoPlan plan, String file,
                                                     Random random) {
        List<SeedReview.Priority> priorities = seed.prioritiesOrRecommendations();
        if (priorities.isEmpty()) {
            List<String> areas = seed.summaryAreasForConsideration();
            priorities = java.util.stream.IntStream.range(0, areas.size())
                    .mapToObj(i -> new SeedReview.Priority(String.valueOf(i + 1), areas.get(i),
                            "Main issues identified by the peer review"))
                    .toList();
        }
        LocalDate responseDate = review.getLetterDate() == null ? LocalDate.now(clock).minusYears(1)
                : review.getLetterDate().plusMonths(2);
        List<Theme> themes = frameworks.themesOf(review.getFramework());
        List<Recommendation> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < priorities.size(); i++) {
            SeedReview.Priority priority = priorities.get(i);
            Theme theme = themeOf(plan.themeOf(file, i), priority.group(), themes);
            loaded.add(recommendations.add(review.getId(), new RecommendationDetails(priority.ref(), priority.text(),
                    priority.group(), null, List.of(), response(responseDate, random),
                    theme == null ? null : theme.getId())));
        }
        return loaded;
    }

    private static Theme themeOf(String named, String group, List<Theme> themes) {
        if (named != null) {
            return themes.stream().filter(theme -> theme.getName().equals(named)).findFirst().orElse(null);
        }
        java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("\\((\\d+)\\)\\s*$")
                .matcher(group == null ? "" : group);
        if (numbered.find()) {
            int index = Integer.parseInt(numbered.group(1)) - 1;
            return index < themes.size() ? themes.get(index) : null;
        }
        return null;
    }

    private static CouncilResponse response(LocalDate date, Random random) {
        int roll = random.nextInt(10);
        if (roll < 7) {
            return new CouncilResponse(ResponseType.ACCEPTED, date, "Cabinet", null);
        }
        if (roll < 9) {
            return new CouncilResponse(ResponseType.ACCEPTED_IN_PRINCIPLE, date, "Cabinet",
                    "Accepted subject to the partnership budget for next year being agreed.");
        }
        return new CouncilResponse(ResponseType.PARTIALLY_ACCEPTED, date, "Cabinet",
                "The council will take this forward for children's services; health partners will respond separately.");
    }

    /** A target around today that suits the scenario, by day or by month as plans write them. */
    private TargetDate target(int scenario, Random random) {
        LocalDate today = LocalDate.now(clock);
        LocalDate target = switch (scenario) {
            case 0 -> today.minusDays(30 + random.nextInt(120));   // complete, long due
            case 1 -> today.plusDays(45 + random.nextInt(150));    // on schedule
            case 2 -> today.minusDays(5 + random.nextInt(60));     // slipped
            case 3 -> today.plusDays(90 + random.nextInt(200));    // not started yet
            case 4 -> today.plusDays(5 + random.nextInt(20));      // due soon and quiet: at risk
            default -> today.plusDays(60 + random.nextInt(90));    // rescheduled
        };
        return random.nextBoolean() ? TargetDate.day(target) : TargetDate.month(YearMonth.from(target));
    }

    /** One to three backdated progress updates, as the scenario's lead would have written them. */
    private void giveHistory(Action action, int scenario, DemoPlan plan, Random random) {
        if (scenario == 3) {
            return;
        }
        Instant now = clock.instant();
        String lead = action.getLeadOfficer() == null ? "Morgan Manager" : action.getLeadOfficer().getDisplayName();
        Instant first = now.minus(Duration.ofDays(scenario == 4 ? 90 + random.nextInt(40) : 40 + random.nextInt(40)));
        actions.recordProgress(action.getId(), ActionStatus.IN_PROGRESS, pick(plan.notes(), random), lead, first);
        ActionStatus last = switch (scenario) {
            case 0 -> ActionStatus.COMPLETE;
            case 2 -> ActionStatus.BEHIND_SCHEDULE;
            case 5 -> ActionStatus.RESCHEDULED;
            default -> null;
        };
        if (last != null) {
            actions.recordProgress(action.getId(), last, pick(plan.notes(), random), lead,
                    now.minus(Duration.ofDays(3 + random.nextInt(20))));
        }
    }

    private Framework frameworkFor(List<String> themeNames) {
        if (themeNames.isEmpty()) {
            return null;
        }
        return frameworks.all().stream()
                .filter(framework -> framework.getThemes().stream().map(Theme::getName).toList().equals(themeNames))
                .findFirst()
                .orElseGet(() -> frameworks.create("Themes of " + themeNames.get(0), null, themeNames));
    }

    private static ReviewType reviewType(String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.UK);
        if (text.contains("ofsted")) {
            return ReviewType.OFSTED_INSPECTION;
        }
        if (text.contains("independent")) {
            return ReviewType.INDEPENDENT_REVIEW;
        }
        if (text.contains("self")) {
            return ReviewType.SELF_ASSESSMENT;
        }
        return ReviewType.PEER_REVIEW;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
