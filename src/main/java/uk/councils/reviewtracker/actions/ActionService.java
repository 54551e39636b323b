package uk.councils.reviewtracker.actions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.ConcurrentEditException;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

@Service
@Transactional(readOnly = true)
public class ActionService {

    private final ActionRepository actions;
    private final ProgressUpdateRepository progressUpdates;
    private final RecommendationService recommendations;
    private final UserService users;
    private final RagRule ragRule;
    private final Clock clock;

    ActionService(ActionRepository actions, ProgressUpdateRepository progressUpdates,
                  RecommendationService recommendations, UserService users, RagRule ragRule, Clock clock) {
        this.actions = actions;
        this.progressUpdates = progressUpdates;
        this.recommendations = recommendations;
        this.users = users;
        this.ragRule = ragRule;
        this.clock = clock;
    }

    public Action get(Long id) {
        return actions.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Action", id));
    }

    public RatedAction rated(Long id) {
        Action action = get(id);
        return new RatedAction(action, ragRule.rate(action));
    }

    public List<ProgressUpdate> history(Long actionId) {
        return progressUpdates.findByActionIdOrderByRecordedAtDescIdDesc(actionId);
    }

    /** A review's actions with their ratings, keyed by recommendation id, in plan order. */
    public Map<Long, List<RatedAction>> forReviewByRecommendation(Long reviewId) {
        return actions.findByReviewId(reviewId).stream()
                .map(action -> new RatedAction(action, ragRule.rate(action)))
                .collect(Collectors.groupingBy(rated -> rated.action().getRecommendation().getId(),
                        java.util.LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional
    public Action add(Long recommendationId, ActionDetails details, String authorName) {
        Action action = new Action(recommendations.get(recommendationId), actions.lastPosition(recommendationId) + 1);
        describe(action, details);
        if (details.status() != null && details.status() != ActionStatus.NOT_STARTED) {
            action.record(details.status(), null, authorName, clock.instant());
        }
        return actions.save(action);
    }

    /** A manager's edit of the plan line; a change of status is recorded in the history like any other. */
    @Transactional
    public Action update(Long id, long expectedVersion, ActionDetails details, String authorName) {
        Action action = get(id);
        if (action.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Action", id);
        }
        describe(action, details);
        if (details.status() != null && details.status() != action.getStatus()) {
            action.record(details.status(), null, authorName, clock.instant());
        }
        return action;
    }

    /** Records progress as reported at {@code at}: used for today's updates and for history loaded from a plan. */
    @Transactional
    public ProgressUpdate recordProgress(Long id, ActionStatus newStatus, String note, String authorName, Instant at) {
        return progressUpdates.save(get(id).record(newStatus, note, authorName, at));
    }

    private void describe(Action action, ActionDetails details) {
        User lead = details.leadOfficerId() == null ? null : users.get(details.leadOfficerId());
        Agency agency = details.leadAgencyId() == null ? null : users.agency(details.leadAgencyId());
        action.describe(details.text(), details.outcome(), details.successMeasure(), details.timescale(),
                details.target(), lead, agency);
    }
}
