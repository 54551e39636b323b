package uk.councils.reviewtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RagProperties;
import uk.councils.reviewtracker.actions.RagRule;
import uk.councils.reviewtracker.actions.RatedAction;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * The demo's plans read as real work: each action its own, each history telling one story with its status. What
 * counts as evidence: the update that completes an action files evidence of at least two words (minutes, a report,
 * a register) in its evidence field, as an officer completing an action must. What counts as completion wording: "complete", "completed", "completion"
 * or "signed off", which no open action's latest note may use.
 */
@IntegrationTest
@Transactional(readOnly = true)
class DemoDataConsistencyTest {

    private static final Pattern EVIDENCE = Pattern.compile("\\S+( \\S+)+");
    private static final Pattern COMPLETION_WORDING = Pattern.compile("\\b(complete|completed|completion|signed off)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<ActionStatus> OPEN = EnumSet.complementOf(EnumSet.of(ActionStatus.COMPLETE));

    @Autowired
    ReviewService reviews;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ActionService actions;
    @Autowired
    RagProperties ragProperties;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private List<DemoReview> demo;

    /**
     * Each seed's review as the loader left it: the first review of the seed's council and title, its first
     * recommendations (one per recommendation of the plan), and its actions whose text the plan gives. Other tests
     * add reviews, recommendations and actions of their own beside the demo's, also as "system".
     */
    @BeforeEach
    void findTheDemo() throws IOException {
        JsonNode plans = json("demo/plans.json").get("reviews");
        List<Review> all = reviews.all();
        demo = new ArrayList<>();
        for (String file : DemoDataLoader.SEED_FILES) {
            JsonNode seed = json("demo/" + file);
            Review review = all.stream()
                    .filter(each -> each.getOrganisation().getName().equals(seed.get("organisation").asString()))
                    .filter(each -> each.getTitle().equals(seed.get("title").asString()))
                    .filter(each -> each.getCreatedBy().equals("system"))
                    .min(Comparator.comparing(Review::getId)).orElseThrow();
            List<String> planned = new ArrayList<>();
            plans.get(file).forEach(recommendation -> recommendation.get("actions")
                    .forEach(action -> planned.add(action.get("text").asString())));
            List<Recommendation> loaded = recommendations.forReview(review.getId()).subList(0, plans.get(file).size());
            Set<Long> loadedIds = new HashSet<>(loaded.stream().map(Recommendation::getId).toList());
            List<Action> demoActions = actions.forReview(review.getId()).stream().map(RatedAction::action)
                    .filter(action -> loadedIds.contains(action.getRecommendation().getId()))
                    .filter(action -> planned.contains(action.getText()))
                    .toList();
            demo.add(new DemoReview(review, loaded, planned, demoActions));
        }
    }

    @Test
    void noTwoActionsOfAReviewShareTheirText() {
        for (DemoReview each : demo) {
            Set<String> plannedTexts = new HashSet<>();
            each.planned().forEach(text -> assertThat(plannedTexts.add(normalised(text)))
                    .as("%s plans \"%s\" twice", each.review().getDisplayName(), text).isTrue());
            Set<String> loadedTexts = new HashSet<>();
            each.actions().forEach(action -> assertThat(loadedTexts.add(normalised(action.getText())))
                    .as("%s has \"%s\" twice", each.review().getDisplayName(), action.getText()).isTrue());
            assertThat(each.actions()).as("actions of %s", each.review().getDisplayName())
                    .hasSameSizeAs(each.planned());
        }
    }

    @Test
    void everyRecommendationHasOneToFourActionsWithAnOutcomeAMeasureATargetAndALead() {
        for (DemoReview each : demo) {
            for (Recommendation recommendation : each.recommendations()) {
                List<Action> planned = each.actions().stream()
                        .filter(action -> action.getRecommendation().getId().equals(recommendation.getId())).toList();
                assertThat(planned).as("%s: %s", each.review().getDisplayName(), recommendation.getText())
                        .hasSizeBetween(1, 4);
                for (Action action : planned) {
                    assertThat(action.getOutcome()).as("outcome of %s", action.getText()).isNotBlank();
                    assertThat(action.getSuccessMeasure()).as("measure of %s", action.getText()).isNotBlank();
                    assertThat(action.getTargetDate()).as("target of %s", action.getText()).isNotNull();
                    assertThat(action.getLeadAgency()).as("agency of %s", action.getText()).isNotNull();
                    assertThat(action.getLeadDisplay()).as("lead of %s", action.getText()).isNotBlank();
                }
            }
        }
    }

    @Test
    void leadsComeFromTheAgenciesOfASafeguardingPartnership() {
        Set<String> agencies = new HashSet<>();
        demoActions().forEach(action -> agencies.add(action.getLeadAgency().getName()));
        assertThat(agencies).contains("Children's Social Care", "Police", "Health (Clinical Commissioning Group)",
                "Education and Schools", "Safeguarding Children Partnership");
    }

    @Test
    void theNoteThatCompletesAnActionNamesItsEvidence() {
        int completed = 0;
        for (Action action : demoActions()) {
            if (action.getStatus() != ActionStatus.COMPLETE) {
                continue;
            }
            completed++;
            List<ProgressUpdate> completing = actions.history(action.getId()).stream()
                    .filter(update -> update.getNewStatus() == ActionStatus.COMPLETE).toList();
            assertThat(completing).as("completing notes of %s", action.getText()).isNotEmpty();
            completing.forEach(update -> assertThat(update.getEvidence()).as("evidence completing %s",
                    action.getText()).isNotNull().containsPattern(EVIDENCE));
        }
        assertThat(completed).isPositive();
    }

    @Test
    void noOpenActionsLatestNoteSaysItIsComplete() {
        for (Action action : demoActions()) {
            if (!OPEN.contains(action.getStatus())) {
                continue;
            }
            latestNote(action).ifPresent(note -> assertThat(COMPLETION_WORDING.matcher(note).find())
                    .as("latest note of open action \"%s\": %s", action.getText(), note).isFalse());
        }
    }

    @Test
    void aBehindScheduleActionSaysWhyAndARescheduledOrSuspendedOneSaysWhatWasAgreed() {
        for (Action action : demoActions()) {
            String note = latestNote(action).orElse("");
            switch (action.getStatus()) {
                case BEHIND_SCHEDULE -> assertThat(note).as(action.getText()).startsWith("Behind schedule: ")
                        .hasSizeGreaterThan(60);
                case RESCHEDULED -> assertThat(note).as(action.getText()).startsWith("Rescheduled, new target ")
                        .contains(action.getTarget().display()).contains("agreed");
                case SUSPENDED -> assertThat(note).as(action.getText()).startsWith("Suspended, as agreed with ");
                case NOT_STARTED -> assertThat(actions.history(action.getId())).as(action.getText()).isEmpty();
                default -> assertThat(note).as(action.getText()).isNotBlank();
            }
        }
    }

    /** Rated as at the first load, so that a test database loaded weeks ago still tells whether the plan is varied. */
    @Test
    void everyRatingAndEveryStatusIsRepresentedWhenTheDemoIsLoaded() {
        List<Action> all = demoActions();
        Instant loaded = all.stream().map(Action::getCreatedAt).min(Instant::compareTo).orElseThrow();
        RagRule atLoad = new RagRule(Clock.fixed(loaded, clock.getZone()), ragProperties);
        Map<Rag, Integer> ratings = new HashMap<>();
        Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
        for (Action action : all) {
            ratings.merge(atLoad.assess(action, 4).rag(), 1, Integer::sum);
            statuses.add(action.getStatus());
        }
        assertThat(ratings.keySet()).containsExactlyInAnyOrder(Rag.values());
        assertThat(statuses).containsExactlyInAnyOrder(ActionStatus.values());
    }

    @Test
    void thurrock2010sActionsAreListedWithTheirRecommendationsText() throws Exception {
        Review thurrock = demo.get(DemoDataLoader.SEED_FILES.indexOf("thurrock-2010-peer-review.json")).review();
        mvc.perform(get("/reviews/{id}/plan", thurrock.getId()).with(fixtures.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Recommendation: Single quality assurance strategy and approach")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Recommendation<"))));
    }

    private List<Action> demoActions() {
        return demo.stream().flatMap(each -> each.actions().stream()).toList();
    }

    private java.util.Optional<String> latestNote(Action action) {
        return actions.history(action.getId()).stream().map(ProgressUpdate::getNote)
                .filter(note -> note != null && !note.isBlank()).findFirst();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
    private static JsonNode json(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private record DemoReview(Review review, List<Recommendation> recommendations, List<String> planned,
                              List<Action> actions) {
    }
}
