package uk.councils.reviewtracker.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionGroup;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.RagRule;
import uk.councils.reviewtracker.actions.RatedAction;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.users.Role;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * The one place that decides who gets which digest and what it lists.
 * <ul>
 * <li>A lead's digest: the open actions they lead that are overdue, due within the reminder window, or have had no
 * update for longer than their review's reporting interval. No email when there is nothing to say.</li>
 * <li>A manager's weekly digest: the behind-schedule actions of their reviews, which are the open reviews they set
 * up or in which they lead an open action.</li>
 * </ul>
 * Only people who can sign in, have an email address and have not switched their digest off get one.
 */
@Component
class DigestComposer {

    private static final Set<Role> MANAGING = Set.of(Role.MANAGER, Role.ADMIN);

    private final ActionService actions;
    private final UserService users;
    private final RagRule ragRule;
    private final ReminderProperties properties;
    private final Clock clock;

    DigestComposer(ActionService actions, UserService users, RagRule ragRule, ReminderProperties properties,
                   Clock clock) {
        this.actions = actions;
        this.users = users;
        this.ragRule = ragRule;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every digest due today; each still has to be claimed before it is sent. */
    List<Digest> due() {
        LocalDate today = LocalDate.now(clock);
        List<RatedAction> open = actions.openActionsOfOpenReviews();
        List<Digest> digests = new ArrayList<>();
        for (User user : users.digestRecipients()) {
            lead(user, open, today).ifPresent(digests::add);
            if (MANAGING.contains(user.getRole()) && DigestKind.MANAGER.dueOn(today, properties.managerDay())) {
                manager(user, open, today).ifPresent(digests::add);
            }
        }
        return digests;
    }

    private Optional<Digest> lead(User user, List<RatedAction> open, LocalDate today) {
        Map<DigestReason, List<DigestItem>> byReason = new EnumMap<>(DigestReason.class);
        for (RatedAction rated : open) {
            if (ledBy(rated.action(), user)) {
                reason(rated).ifPresent(reason ->
                        byReason.computeIfAbsent(reason, key -> new ArrayList<>()).add(item(rated)));
            }
        }
        List<DigestSection> sections = byReason.entrySet().stream()
                .map(entry -> new DigestSection(entry.getKey(), null, entry.getValue())).toList();
        return digest(user, DigestKind.LEAD, today, sections);
    }

    /** The first reason that applies: an overdue action that is also stale is listed once, as overdue. */
    private Optional<DigestReason> reason(RatedAction rated) {
        if (rated.group() == ActionGroup.OVERDUE) {
            return Optional.of(DigestReason.OVERDUE);
        }
        if (ragRule.dueWithin(rated.action(), properties.windowDays())) {
            return Optional.of(DigestReason.DUE_SOON);
        }
        return rated.stale() ? Optional.of(DigestReason.STALE) : Optional.empty();
    }

    private Optional<Digest> manager(User user, List<RatedAction> open, LocalDate today) {
        Set<Long> reviews = open.stream()
                .filter(rated -> ledBy(rated.action(), user) || user.getUsername().equals(review(rated).getCreatedBy()))
                .map(rated -> review(rated).getId())
                .collect(Collectors.toSet());
        Map<Long, List<RatedAction>> behind = open.stream()
                .filter(rated -> rated.rag() == Rag.BEHIND_SCHEDULE && reviews.contains(review(rated).getId()))
                .collect(Collectors.groupingBy(rated -> review(rated).getId(), LinkedHashMap::new, Collectors.toList()));
        List<DigestSection> sections = behind.values().stream()
                .map(list -> new DigestSection(DigestReason.BEHIND_SCHEDULE, reviewLabel(review(list.get(0))),
                        list.stream().map(DigestComposer::item).toList()))
                .toList();
        return digest(user, DigestKind.MANAGER, today, sections);
    }

    private static Optional<Digest> digest(User user, DigestKind kind, LocalDate today,
                                                     List<DigestSection> sections) {
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Digest(user.getId(), user.getEmail(), user.getDisplayName(), kind,
                kind.period(today), sections));
    }

    private static boolean ledBy(Action action, User user) {
        return action.getLeadOfficer() != null && Objects.equals(action.getLeadOfficer().getId(), user.getId());
    }

    private static Review review(RatedAction rated) {
        return rated.action().getRecommendation().getReview();
    }

    private static String reviewLabel(Review review) {
        return review.getDisplayName();
    }

    private static DigestItem item(RatedAction rated) {
        Action action = rated.action();
        return new DigestItem(action.getId(), action.getText(), action.getRecommendation().getRef(),
                action.getRecommendation().getShortText(), reviewLabel(review(rated)),
                action.getTarget() == null ? null : action.getTarget().display(), rated.rag(),
                action.getLeadOfficer() == null ? null : action.getLeadOfficer().getDisplayName(), rated.stale());
    }
}
