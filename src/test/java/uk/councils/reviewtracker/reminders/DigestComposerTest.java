package uk.councils.reviewtracker.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionGroup;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RagProperties;
import uk.councils.reviewtracker.actions.RagRule;
import uk.councils.reviewtracker.actions.RatedAction;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * Who gets which digest and what it lists, decided by {@link DigestComposer} alone: a unit test with the services
 * it reads mocked and a fixed clock (Wednesday 11 March 2026), no database.
 */
class DigestComposerTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    private final ActionService actions = mock(ActionService.class);
    private final UserService users = mock(UserService.class);
    private final List<RatedAction> open = new ArrayList<>();
    private final List<User> recipients = new ArrayList<>();
    private Review review;
    private User officer;
    private User manager;

    @BeforeEach
    void plan() {
        officer = user(1L, "officer", Role.OFFICER);
        manager = user(2L, "manager", Role.MANAGER);
        review = review(10L, "manager");
        when(actions.openActionsOfOpenReviews()).thenReturn(open);
        when(users.digestRecipients()).thenReturn(recipients);
    }

    @Test
    void aLeadHearsOfOverdueDueSoonAndStaleActionsEachOnceUnderItsFirstReason() {
        recipients.add(officer);
        open.add(rated(action(100L, "Overdue and stale", officer, TODAY.minusDays(3)), Rag.BEHIND_SCHEDULE,
                ActionGroup.OVERDUE, true));
        open.add(rated(action(101L, "Due next week", officer, TODAY.plusDays(7)), Rag.AT_RISK,
                ActionGroup.DUE_SOON, false));
        open.add(rated(action(102L, "Quiet for months", officer, TODAY.plusDays(200)), Rag.ON_SCHEDULE,
                ActionGroup.IN_PROGRESS, true));
        open.add(rated(action(103L, "On track, later", officer, TODAY.plusDays(200)), Rag.ON_SCHEDULE,
                ActionGroup.IN_PROGRESS, false));
        open.add(rated(action(104L, "Someone else's", user(3L, "other", Role.OFFICER), TODAY.minusDays(1)),
                Rag.BEHIND_SCHEDULE, ActionGroup.OVERDUE, true));

        List<Digest> digests = composer(DayOfWeek.MONDAY).due();

        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.kind()).isEqualTo(DigestKind.LEAD);
            assertThat(digest.period()).isEqualTo("2026-03-11");
            assertThat(digest.sections()).extracting(DigestSection::reason)
                    .containsExactly(DigestReason.OVERDUE, DigestReason.DUE_SOON, DigestReason.STALE);
            assertThat(digest.sections()).flatExtracting(DigestSection::items).extracting(DigestItem::actionId)
                    .containsExactly(100L, 101L, 102L);
        });
    }

    @Test
    void nobodyGetsAnEmptyDigest() {
        recipients.add(officer);
        open.add(rated(action(103L, "On track, later", officer, TODAY.plusDays(200)), Rag.ON_SCHEDULE,
                ActionGroup.IN_PROGRESS, false));
        assertThat(composer(DayOfWeek.MONDAY).due()).isEmpty();
    }

    @Test
    void aManagerHearsWeeklyOfTheBehindScheduleActionsOfTheReviewsTheySetUp() {
        recipients.add(manager);
        Review elsewhere = review(11L, "someone-else");
        open.add(rated(action(200L, "Behind in my review", officer, TODAY.plusDays(40)), Rag.BEHIND_SCHEDULE,
                ActionGroup.IN_PROGRESS, false));
        open.add(rated(action(201L, "On schedule in my review", officer, TODAY.plusDays(40)), Rag.ON_SCHEDULE,
                ActionGroup.IN_PROGRESS, false));
        open.add(rated(action(202L, "Behind in another review", officer, TODAY.plusDays(40), elsewhere),
                Rag.BEHIND_SCHEDULE, ActionGroup.IN_PROGRESS, false));

        List<Digest> digests = composer(DayOfWeek.MONDAY).due();

        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.kind()).isEqualTo(DigestKind.MANAGER);
            assertThat(digest.period()).isEqualTo("2026-W11");
            assertThat(digest.sections()).singleElement().satisfies(section -> {
                assertThat(section.title()).isEqualTo("Review 10");
                assertThat(section.items()).extracting(DigestItem::actionId).containsExactly(200L);
            });
        });
    }

    @Test
    void theManagersDigestWaitsForItsDayOfTheWeek() {
        recipients.add(manager);
        open.add(rated(action(200L, "Behind in my review", officer, TODAY.plusDays(40)), Rag.BEHIND_SCHEDULE,
                ActionGroup.IN_PROGRESS, false));
        assertThat(composer(DayOfWeek.THURSDAY).due()).isEmpty();
        assertThat(composer(DayOfWeek.WEDNESDAY).due()).hasSize(1);
    }

    private DigestComposer composer(DayOfWeek managerDay) {
        Clock clock = Clock.fixed(TODAY.atTime(7, 0).atZone(UK).toInstant(), UK);
        ReminderProperties properties = new ReminderProperties(14, managerDay, "noreply@example.test",
                "http://localhost", Duration.ofMinutes(15), Duration.ofMinutes(30));
        return new DigestComposer(actions, users, new RagRule(clock, new RagProperties(30, 60)), properties, clock);
    }

    private static RatedAction rated(Action action, Rag rag, ActionGroup group, boolean stale) {
        return new RatedAction(action, rag, group, stale);
    }

    private Action action(Long id, String text, User lead, LocalDate target) {
        return action(id, text, lead, target, review);
    }

    private static Action action(Long id, String text, User lead, LocalDate target, Review of) {
        Recommendation recommendation = mock(Recommendation.class);
        when(recommendation.getReview()).thenReturn(of);
        when(recommendation.getRef()).thenReturn("R1");
        Action action = mock(Action.class);
        when(action.getId()).thenReturn(id);
        when(action.getText()).thenReturn(text);
        when(action.getRecommendation()).thenReturn(recommendation);
        when(action.getLeadOfficer()).thenReturn(lead);
        when(action.getStatus()).thenReturn(ActionStatus.IN_PROGRESS);
        when(action.getTargetDate()).thenReturn(target);
        when(action.getTarget()).thenReturn(TargetDate.day(target));
        return action;
    }

    private static Review review(Long id, String createdBy) {
        Review review = mock(Review.class);
        when(review.getId()).thenReturn(id);
        when(review.getCreatedBy()).thenReturn(createdBy);
        when(review.getDisplayName()).thenReturn("Review " + id);
        return review;
    }

    private static User user(Long id, String username, Role role) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getUsername()).thenReturn(username);
        when(user.getRole()).thenReturn(role);
        when(user.getDisplayName()).thenReturn(username);
        when(user.getEmail()).thenReturn(username + "@example.test");
        return user;
    }
}
