package uk.councils.reviewtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
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
 * counts as evidence: the note that completes an action says "Evidence:" and names at least two words of what was
 * filed (minutes, a report, a register). What counts as completion wording: "complete", "completed", "completion"
 * or "signed off", which no open action's latest note may use.
 */
@IntegrationTest
@Transactional(readOnly = true)
class DemoDataConsistencyTest {

    private static final Pattern EVIDENCE = Pattern.compile("Evidence: \\S+( \\S+)+");
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

    private List<Review> demoReviews;

    @BeforeEach
    void findTheDemoReviews() {
        demoReviews = reviews.all().stream().filter(review -> review.getCreatedBy().equals("system")).toList();
        assertThat(demoReviews).as("the four seed reviews").hasSize(DemoDataLoader.SEED_FILES.size());
    }

    @Test
    void noTwoActionsOfAReviewShareTheirText() {
        for (Review review : demoReviews) {
            Set<String> seen = new HashSet<>();
            for (RatedAction rated : actions.forReview(review.getId())) {
                assertThat(seen.add(normalised(rated.action().getText())))
                        .as("%s has \"%s\" twice", review.getDisplayName(), rated.action().getText()).isTrue();
            }
        }
    }

    @Test
    void everyRecommendationHasOneToFourActionsWithAnOutcomeAMeasureATargetAndALead() {
        for (Review review : demoReviews) {
            Map<Long, List<RatedAction>> byRecommendation = actions.forReviewByRecommendation(review.getId());
            for (Recommendation recommendation : recommendations.forReview(review.getId())) {
                List<RatedAction> planned = byRecommendation.getOrDefault(recommendation.getId(), List.of());
                assertThat(planned).as("%s: %s", review.getDisplayName(), recommendation.getText()).hasSizeBetween(1, 4);
                for (RatedAction rated : planned) {
                    Action action = rated.action();
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
            completing.forEach(update -> assertThat(update.getNote()).as("completing %s", action.getText())
                    .containsPattern(EVIDENCE));
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
            ratings.merge(atLoad.rate(action), 1, Integer::sum);
            statuses.add(action.getStatus());
        }
        assertThat(ratings.keySet()).containsExactlyInAnyOrder(Rag.values());
        assertThat(statuses).containsExactlyInAnyOrder(ActionStatus.values());
    }

    @Test
    void thurrock2010sActionsAreListedWithTheirRecommendationsText() throws Exception {
        Review thurrock = demoReviews.stream().filter(review -> review.getDisplayName().contains("Thurrock Council"))
                .filter(review -> review.getLetterDate() != null && review.getLetterDate().getYear() == 2010)
                .findFirst().orElseThrow();
        mvc.perform(get("/reviews/{id}/plan", thurrock.getId()).with(fixtures.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Recommendation: Single quality assurance strategy and approach")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Recommendation<"))));
    }

    private List<Action> demoActions() {
        return demoReviews.stream()
                .flatMap(review -> actions.forReview(review.getId()).stream().map(RatedAction::action))
                .toList();
    }

    private java.util.Optional<String> latestNote(Action action) {
        return actions.history(action.getId()).stream().map(ProgressUpdate::getNote)
                .filter(note -> note != null && !note.isBlank()).findFirst();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
