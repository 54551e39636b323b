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
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import uk.councils.reviewtracker.demo.DemoPlan.Story;
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
        users.create("admin", "Alex Admin", DEMO_PASSWORD, Role.ADMIN, null);
        User manager = users.create("manager", "Morgan Manager", DEMO_PASSWORD, Role.MANAGER, socialCare);
        Map<String, User> leads = Map.of("manager", manager,
                "officer", users.create("officer", "Olu Officer", DEMO_PASSWORD, Role.OFFICER, socialCare),
                "officer2", users.create("officer2", "Priya Patel", DEMO_PASSWORD, Role.OFFICER, police));
        users.create("scrutiny", "Sam Scrutiny", DEMO_PASSWORD, Role.SCRUTINY, null);
        leads.values().forEach(lead -> lead.setEmail(lead.getUsername() + "@example.org"));

        Random random = new Random(2012);
        for (String file : SEED_FILES) {
            SeedReview seed = read("demo/" + file, SeedReview.class);
            Review review = loadReview(seed);
            List<DemoPlan.PlannedRecommendation> planned = plan.of(file);
            List<Recommendation> loaded = loadRecommendations(review, seed, planned, file);
            for (int i = 0; i < loaded.size(); i++) {
                for (DemoPlan.PlannedAction line : planned.get(i).actions()) {
                    addAction(loaded.get(i), line, leads, manager, random);
                }
            }
        }
    }

    private void addAction(Recommendation recommendation, DemoPlan.PlannedAction line, Map<String, User> leads,
                           User manager, Random random) {
        Story story = line.storyKind();
        User lead = line.lead() == null ? null : leads.get(line.lead());
        if (line.lead() != null && lead == null) {
            throw new IllegalStateException("No demo account " + line.lead() + " to lead \"" + line.text() + "\"");
        }
        TargetDate target = target(story, random);
        Action action = actions.add(recommendation.getId(), new ActionDetails(line.text(), line.outcome(),
                line.successMeasure(), null, target, lead == null ? null : lead.getId(),
                users.agencyNamed(line.agency()).getId(), null, lead == null ? line.leadName() : null),
                manager.getDisplayName());
        String author = lead == null ? line.leadName() : lead.getDisplayName();
        giveHistory(action, story, line, target, author, manager.getDisplayName(), random);
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

    /**
     * The seed's recommendations with the plan's themes. Reviews with no recommendations (Shropshire lists "main
     * issues") get one per area for consideration. The plan must answer every recommendation with one to four
     * actions, or the demo would show a recommendation nobody acts on.
     */
    private List<Recommendation> loadRecommendations(Review review, SeedReview seed,
                                                     List<DemoPlan.PlannedRecommendation> planned, String file) {
        List<SeedReview.Priority> priorities = seed.prioritiesOrRecommendations();
        if (priorities.isEmpty()) {
            List<String> areas = seed.summaryAreasForConsideration();
            priorities = java.util.stream.IntStream.range(0, areas.size())
                    .mapToObj(i -> new SeedReview.Priority(String.valueOf(i + 1), areas.get(i),
                            "Main issues identified by the peer review"))
                    .toList();
        }
        checkPlan(file, priorities, planned);
        LocalDate responseDate = review.getLetterDate() == null ? LocalDate.now(clock).minusYears(1)
                : review.getLetterDate().plusMonths(2);
        List<Theme> themes = frameworks.themesOf(review.getFramework());
        List<Recommendation> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < priorities.size(); i++) {
            SeedReview.Priority priority = priorities.get(i);
            Theme theme = themeOf(planned.get(i).theme(), priority.group(), themes);
            loaded.add(recommendations.add(review.getId(), new RecommendationDetails(priority.ref(), priority.text(),
                    priority.group(), null, List.of(), response(planned.get(i), responseDate),
                    theme == null ? null : theme.getId())));
        }
        return loaded;
    }

    private static void checkPlan(String file, List<SeedReview.Priority> priorities,
                                  List<DemoPlan.PlannedRecommendation> planned) {
        if (planned.size() != priorities.size()) {
            throw new IllegalStateException("demo/plans.json answers " + planned.size() + " recommendations of "
                    + file + ", which has " + priorities.size());
        }
        for (int i = 0; i < planned.size(); i++) {
            DemoPlan.PlannedRecommendation entry = planned.get(i);
            if (!java.util.Objects.equals(entry.ref(), priorities.get(i).ref())) {
                throw new IllegalStateException("demo/plans.json: recommendation " + (i + 1) + " of " + file
                        + " is " + priorities.get(i).ref() + ", not " + entry.ref());
            }
            int count = entry.actions() == null ? 0 : entry.actions().size();
            if (count < 1 || count > 4) {
                throw new IllegalStateException("demo/plans.json: recommendation " + (i + 1) + " of " + file
                        + " has " + count + " actions; a plan gives each one to four");
            }
        }
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

    /** Cabinet's response two months after the letter, as the plan records it: accepted unless it says otherwise. */
    private static CouncilResponse response(DemoPlan.PlannedRecommendation planned, LocalDate date) {
        return new CouncilResponse(planned.responseType(), date, "Cabinet", planned.responseNote());
    }

    /** A target around today that suits the story, by day or by month as plans write them. */
    private TargetDate target(Story story, Random random) {
        LocalDate today = LocalDate.now(clock);
        LocalDate target = switch (story) {
            case COMPLETE -> today.minusDays(30 + random.nextInt(120));
            case ON_SCHEDULE -> today.plusDays(45 + random.nextInt(150));
            case BEHIND -> today.minusDays(5 + random.nextInt(60));
            case NOT_STARTED -> today.plusDays(90 + random.nextInt(200));
            case AT_RISK -> today.plusDays(5 + random.nextInt(20));     // due soon and quiet for months
            case RESCHEDULED -> today.plusDays(60 + random.nextInt(90));
            case SUSPENDED -> today.plusDays(30 + random.nextInt(170));
        };
        boolean byMonth = random.nextBoolean() && story != Story.AT_RISK;  // a month's end may fall beyond "due soon"
        return byMonth ? TargetDate.month(YearMonth.from(target)) : TargetDate.day(target);
    }

    /**
     * The action's notes as backdated progress updates, oldest first and a month or so apart: every note but the
     * last reports work in progress, the last gives the story's status. A completed action was completed on or
     * before its target; rescheduling and suspending are the manager's decisions, so the manager records them.
     */
    private void giveHistory(Action action, Story story, DemoPlan.PlannedAction line, TargetDate target,
                             String lead, String manager, Random random) {
        List<String> notes = line.notesOrNone();
        if ((story == Story.NOT_STARTED) != notes.isEmpty()) {
            throw new IllegalStateException("demo/plans.json: \"" + line.text() + "\" is " + line.story() + " with "
                    + notes.size() + " notes; only an action not started has none");
        }
        if ((story == Story.COMPLETE) != (line.evidence() != null && !line.evidence().isBlank())) {
            throw new IllegalStateException("demo/plans.json: \"" + line.text() + "\" is " + line.story()
                    + (line.evidence() == null ? " without" : " with") + " evidence; a completed action, and only"
                    + " one, files its evidence");
        }
        if (notes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant last = switch (story) {
            case COMPLETE -> earliest(now.minus(Duration.ofDays(1)), target.date().atTime(LocalTime.of(11, 0))
                    .atZone(clock.getZone()).toInstant().minus(Duration.ofDays(random.nextInt(14))));
            case AT_RISK -> now.minus(Duration.ofDays(90 + random.nextInt(40)));
            case SUSPENDED -> now.minus(Duration.ofDays(5 + random.nextInt(35)));
            default -> now.minus(Duration.ofDays(3 + random.nextInt(20)));
        };
        ActionStatus finalStatus = switch (story) {
            case COMPLETE -> ActionStatus.COMPLETE;
            case BEHIND -> ActionStatus.BEHIND_SCHEDULE;
            case RESCHEDULED -> ActionStatus.RESCHEDULED;
            case SUSPENDED -> ActionStatus.SUSPENDED;
            default -> ActionStatus.IN_PROGRESS;
        };
        boolean managersDecision = finalStatus == ActionStatus.RESCHEDULED || finalStatus == ActionStatus.SUSPENDED;
        int count = notes.size();
        for (int i = 0; i < count; i++) {
            boolean latest = i == count - 1;
            Instant at = last.minus(Duration.ofDays((count - 1 - i) * (30L + random.nextInt(15))));
            String note = notes.get(i).replace("{target}", target.display());
            actions.recordProgress(action.getId(), latest ? finalStatus : ActionStatus.IN_PROGRESS, note,
                    latest ? line.evidence() : null, latest && managersDecision ? manager : lead, at);
        }
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
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

    private static <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
