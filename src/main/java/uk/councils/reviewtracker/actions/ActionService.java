package uk.councils.reviewtracker.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.actions.ActionEvent.ActionAdded;
import uk.councils.reviewtracker.actions.ActionEvent.ActionEdited;
import uk.councils.reviewtracker.actions.ActionEvent.ActionReassigned;
import uk.councils.reviewtracker.actions.ActionEvent.ActionUpdatedFromPlan;
import uk.councils.reviewtracker.actions.ActionEvent.NewTargetApproved;
import uk.councils.reviewtracker.actions.ActionEvent.NewTargetDeclined;
import uk.councils.reviewtracker.actions.ActionEvent.NewTargetRequested;
import uk.councils.reviewtracker.actions.ActionEvent.ProgressReported;
import uk.councils.reviewtracker.actions.ActionEvent.TargetMoved;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.SignedInUser;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

@Service
@Transactional(readOnly = true)
public class ActionService {

    private final ActionRepository actions;
    private final FilterOptionsRepository filterOptions;
    private final ProgressUpdateRepository progressUpdates;
    private final RecommendationService recommendations;
    private final UserService users;
    private final RagRule ragRule;
    private final ActionPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionService(ActionRepository actions, FilterOptionsRepository filterOptions,
                  ProgressUpdateRepository progressUpdates, RecommendationService recommendations, UserService users,
                  RagRule ragRule, ActionPermissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.filterOptions = filterOptions;
        this.progressUpdates = progressUpdates;
        this.recommendations = recommendations;
        this.users = users;
        this.ragRule = ragRule;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    public Action get(Long id) {
        return actions.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Action", id));
    }

    public RatedAction rated(Long id) {
        return assess(get(id));
    }

    public List<ProgressUpdate> history(Long actionId) {
        return progressUpdates.findByActionIdOrderByRecordedAtDescIdDesc(actionId);
    }

    /** A review's actions with what the rules say about them, in plan order. */
    public List<RatedAction> forReview(Long reviewId) {
        return actions.findByReviewId(reviewId).stream().map(this::assess).toList();
    }

    /** A review's plan line by line, in plan order, with each action's theme, group and latest note. */
    public List<PlanRow> planRows(Long reviewId) {
        Map<Long, String> themes = recommendations.themes(reviewId);
        Map<Long, ProgressUpdate> notes = latestNotes(reviewId);
        return forReview(reviewId).stream().map(rated -> planRow(rated, themes, notes)).toList();
    }

    private static PlanRow planRow(RatedAction rated, Map<Long, String> themes, Map<Long, ProgressUpdate> notes) {
        String theme = themes.get(rated.action().getRecommendation().getId());
        String group = rated.action().getRecommendation().getGroupHeading();
        return new PlanRow(rated, theme == null ? PlanRow.NONE : theme,
                group == null ? PlanRow.NONE : group, notes.get(rated.action().getId()));
    }

    /**
     * The first {@code limit} of a review's actions with that rating, in plan order, as plan rows: chosen in the
     * database, so only they are loaded. {@code themes} are the review's recommendations' themes (see
     * {@link RecommendationService#themes}), which the caller has read already.
     */
    public List<PlanRow> planRowsRated(Long reviewId, Rag rag, int limit, Map<Long, String> themes) {
        List<Long> ids = actions.findIdsOfReviewRated(reviewId, rag, ragRule.inSql(), limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgressUpdate> notes = progressUpdates.findLatestNotesOfActions(ids).stream()
                .collect(Collectors.toMap(update -> update.getAction().getId(), update -> update));
        return inOrder(ids).stream().map(action -> planRow(assess(action), themes, notes)).toList();
    }

    /** How many of a review's actions share each recommendation, rating, overdue and stale: counted in SQL. */
    public List<ActionTally> tally(Long reviewId, int reportingIntervalWeeks) {
        return actions.tallyReview(reviewId, ragRule.inSql(), reportingIntervalWeeks);
    }

    /** A review's actions keyed by recommendation id, in plan order. */
    public Map<Long, List<RatedAction>> forReviewByRecommendation(Long reviewId) {
        return forReview(reviewId).stream()
                .collect(Collectors.groupingBy(rated -> rated.action().getRecommendation().getId(),
                        LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * One page ({@code number} from 1, moved into range) of the actions a person leads that pass the filter, rated
     * {@code rag} (every open one when null), in the order of the tabs then soonest target, with how many have each
     * rating, in the order of the tabs. Counted and paged in the database, so a lead of thousands of actions loads
     * only the page.
     */
    public LedActions ledBy(Long userId, ActionFilter filter, Rag rag, int number, int size) {
        RagRule.InSql rule = ragRule.inSql();
        Map<Rag, Long> counted = actions.countRatingsLedBy(userId, filter, rule);
        Map<Rag, Long> counts = new LinkedHashMap<>();
        LedActions.TABS.forEach(tab -> counts.put(tab, counted.getOrDefault(tab, 0L)));
        long total = rag == null ? LedActions.open(counts) : counts.get(rag);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        Pageable pageable = PageRequest.of(Math.min(Math.max(number, 1), pages) - 1, size);
        List<RatedAction> page = inOrder(actions.findIdsLedBy(userId, filter, rag, rule, pageable)).stream()
                .map(this::assess).toList();
        return new LedActions(counts, new PageImpl<>(page, pageable, total));
    }

    /** The reviews, themes and agencies a list of actions can be filtered by, as ids and names. */
    public FilterOptions filterOptions() {
        return filterOptions.all();
    }

    /** The actions with these ids, with their details, in the order of the ids. */
    private List<Action> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Action> loaded = actions.findWithDetailsByIdIn(ids).stream()
                .collect(Collectors.toMap(Action::getId, action -> action));
        return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
    }

    /**
     * The actions still to be done (not complete, not suspended) of the reviews that are not closed, with their
     * review and lead, soonest target first: what reminder digests are made from.
     */
    public List<RatedAction> openActionsOfOpenReviews() {
        return actions.findOpenOfReviewsNotIn(ReviewStatus.CLOSED,
                List.of(ActionStatus.COMPLETE, ActionStatus.SUSPENDED)).stream().map(this::assess).toList();
    }

    /** What the rules say about every action of the reviews that are not closed: cheap enough for a portfolio. */
    public List<RatedFacts> factsOfOpenReviews() {
        return ragRule.assess(actions.findFactsOfReviewsNotIn(ReviewStatus.CLOSED));
    }

    /** Each action's latest progress note (with its date), for a review's actions. */
    public Map<Long, ProgressUpdate> latestNotes(Long reviewId) {
        Map<Long, ProgressUpdate> latest = new LinkedHashMap<>();
        for (ProgressUpdate update : progressUpdates.findLatestNotesOfReview(reviewId)) {
            latest.putIfAbsent(update.getAction().getId(), update);
        }
        return latest;
    }

    @Transactional
    public Action add(Long recommendationId, ActionDetails details, String authorName) {
        Action action = new Action(recommendations.get(recommendationId), actions.lastPosition(recommendationId) + 1);
        describe(action, details);
        if (details.status() != null && details.status() != ActionStatus.NOT_STARTED) {
            action.record(details.status(), null, authorName, clock.instant());
        }
        Action saved = actions.save(action);
        events.publishEvent(new ActionAdded(saved.getId(), "Added action \"" + saved.getText() + "\""));
        return saved;
    }

    /** An action of an imported plan: its details, its status and progress note as the plan gives them. */
    public record ImportedAction(ActionDetails details, ActionStatus status, String note) {
    }

    /**
     * Adds an imported plan's new actions after the recommendation's last one ({@code lastPosition}) with no
     * query per action, and a progress update where the plan gives a status or a note. The import records one
     * audit event for all.
     */
    @Transactional
    public void addImported(Recommendation recommendation, int lastPosition, List<ImportedAction> imported,
                            String authorName) {
        int position = lastPosition;
        Instant now = clock.instant();
        for (ImportedAction line : imported) {
            Action action = new Action(recommendation, ++position);
            describe(action, line.details());
            if (line.status() != ActionStatus.NOT_STARTED || line.note() != null) {
                action.record(line.status(), line.note(), authorName, now);
            }
            actions.save(action);
        }
    }

    /** A manager's edit of the plan line; a change of status or target is recorded in the history. */
    @Transactional
    public Action update(Long id, long expectedVersion, ActionDetails details, String authorName) {
        Action action = get(id);
        action.checkVersion(expectedVersion);
        LocalDate oldTarget = action.getTargetDate();
        ActionStatus newStatus = details.status() == null ? action.getStatus() : details.status();
        describe(action, details);
        boolean targetMoved = oldTarget != null && !Objects.equals(oldTarget, action.getTargetDate());
        if (newStatus != action.getStatus() || targetMoved) {
            ProgressUpdate update = action.record(newStatus, null, authorName, clock.instant());
            if (targetMoved) {
                update.withTargetChange(oldTarget, action.getTargetDate(), null);
            }
        }
        events.publishEvent(new ActionEdited(id, "Edited action \"" + action.getText() + "\""));
        return action;
    }

    /**
     * An officer's (or manager's) progress report. A manager's new target takes effect at once; an officer's is
     * a request that waits for a manager's approval.
     */
    @Transactional
    public ProgressUpdate reportProgress(Long id, long expectedVersion, ProgressReport report, SignedInUser by) {
        Action action = get(id);
        permissions.requireProgressReporter(by, action);
        action.checkVersion(expectedVersion);
        Instant now = clock.instant();
        ProgressUpdate update;
        if (report.revisedTarget() != null && permissions.canManage(by)) {
            update = action.reschedule(report.revisedTarget(), report.targetReason(), report.note(),
                    by.displayName(), now);
        } else {
            if (report.revisedTarget() != null) {
                action.requestTarget(report.revisedTarget(), report.targetReason(), by.displayName());
                events.publishEvent(new NewTargetRequested(id, "Asked to move the target of \"" + action.getText()
                        + "\" to " + report.revisedTarget().display() + ": " + report.targetReason()));
            }
            update = action.record(report.status(), report.note(), by.displayName(), now)
                    .withEvidence(report.evidence());
        }
        events.publishEvent(new ProgressReported(id, "Reported progress on \"" + action.getText() + "\": status "
                + update.getNewStatus() + (report.note() == null ? "" : ", note: " + report.note())));
        return progressUpdates.save(update);
    }

    @Transactional
    public void approveRequestedTarget(Long id, SignedInUser by) {
        permissions.requireManager(by);
        approveRequestedTarget(get(id), by);
    }

    @Transactional
    public void declineRequestedTarget(Long id, SignedInUser by) {
        permissions.requireManager(by);
        declineRequestedTarget(get(id), by);
    }

    /**
     * Approves (or declines) the requested target of each action, given as its id and the version the manager saw,
     * unless it has changed since (approved or declined by someone else, asked again, edited): those are left
     * alone and their texts returned, so the manager can look at them again.
     */
    @Transactional
    public TargetDecisions decideRequestedTargets(Map<Long, Long> versionSeenById, boolean approve,
                                                  SignedInUser by) {
        permissions.requireManager(by);
        int decided = 0;
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Long, Long> seen : versionSeenById.entrySet()) {
            Action action = get(seen.getKey());
            if (seen.getValue() == null || action.getVersion() != seen.getValue()
                    || action.getRequestedTarget() == null) {
                changed.add(action.getText());
            } else {
                if (approve) {
                    approveRequestedTarget(action, by);
                } else {
                    declineRequestedTarget(action, by);
                }
                decided++;
            }
        }
        return new TargetDecisions(decided, changed);
    }

    private void approveRequestedTarget(Action action, SignedInUser by) {
        TargetDate requested = action.getRequestedTarget();
        if (requested == null) {
            return;
        }
        String reason = action.getRequestedTargetReason() + " (asked by " + action.getRequestedTargetBy()
                + ", approved by " + by.displayName() + ")";
        progressUpdates.save(action.reschedule(requested, reason, null, by.displayName(), clock.instant()));
        events.publishEvent(new NewTargetApproved(action.getId(), "Approved the new target " + requested.display()
                + " of \"" + action.getText() + "\""));
    }

    private void declineRequestedTarget(Action action, SignedInUser by) {
        if (action.getRequestedTarget() == null) {
            return;
        }
        events.publishEvent(new NewTargetDeclined(action.getId(), "Declined the new target "
                + action.getRequestedTarget().display() + " asked by " + action.getRequestedTargetBy() + " for \""
                + action.getText() + "\""));
        action.clearRequestedTarget();
    }

    /** Reassigns leads: action id to new lead officer id (null for none); unchanged ones are left alone. */
    @Transactional
    public int reassign(Map<Long, Long> leadByActionId, SignedInUser by) {
        permissions.requireManager(by);
        int changed = 0;
        for (Map.Entry<Long, Long> entry : leadByActionId.entrySet()) {
            Action action = get(entry.getKey());
            Long current = action.getLeadOfficer() == null ? null : action.getLeadOfficer().getId();
            if (!Objects.equals(current, entry.getValue())) {
                User lead = entry.getValue() == null ? null : users.get(entry.getValue());
                action.reassign(lead);
                events.publishEvent(new ActionReassigned(action.getId(), "Reassigned \"" + action.getText() + "\" to "
                        + (lead == null ? "nobody" : lead.getDisplayName())));
                changed++;
            }
        }
        return changed;
    }

    /** Moves the target of every chosen action, keeping each original target and recording why. */
    @Transactional
    public void moveTargets(List<Long> actionIds, TargetDate target, String reason, SignedInUser by) {
        permissions.requireManager(by);
        Instant now = clock.instant();
        for (Long id : actionIds) {
            Action action = get(id);
            progressUpdates.save(action.reschedule(target, reason, null, by.displayName(), now));
            events.publishEvent(new TargetMoved(id, "Moved the target of \"" + action.getText() + "\" to "
                    + target.display() + ": " + reason));
        }
    }

    /**
     * Brings an action in line with a line of an imported plan: the plan's fields, and a progress update when the
     * status or the latest note differs. Returns whether anything changed, so a re-import of the same plan
     * changes nothing. {@code latestNote} is the action's latest note now (see {@link #latestNotes}).
     */
    @Transactional
    public boolean applyImported(Action action, ActionDetails details, String note, String latestNote,
                                 String authorName) {
        Long id = action.getId();
        Long leadId = action.getLeadOfficer() == null ? null : action.getLeadOfficer().getId();
        Long agencyId = action.getLeadAgency() == null ? null : action.getLeadAgency().getId();
        boolean describedDifferently = !Objects.equals(action.getOutcome(), details.outcome())
                || !Objects.equals(action.getSuccessMeasure(), details.successMeasure())
                || !Objects.equals(action.getTimescale(), details.timescale())
                || !Objects.equals(action.getTarget(), details.target())
                || !Objects.equals(leadId, details.leadOfficerId())
                || !Objects.equals(agencyId, details.leadAgencyId())
                || (details.leadOfficerId() == null && !Objects.equals(action.getLeadName(), details.leadName()));
        LocalDate oldTarget = action.getTargetDate();
        if (describedDifferently) {
            describe(action, details);
        }
        boolean newNote = note != null && !note.equals(latestNote);
        boolean newStatus = details.status() != null && details.status() != action.getStatus();
        if (newStatus || newNote) {
            ProgressUpdate update = action.record(newStatus ? details.status() : action.getStatus(), note, authorName,
                    clock.instant());
            if (oldTarget != null && !Objects.equals(oldTarget, action.getTargetDate())) {
                update.withTargetChange(oldTarget, action.getTargetDate(), null);
            }
            progressUpdates.save(update);
        }
        boolean changed = describedDifferently || newStatus || newNote;
        if (changed) {
            events.publishEvent(new ActionUpdatedFromPlan(id,
                    "Updated \"" + action.getText() + "\" from an imported plan"));
        }
        return changed;
    }

    /** Records progress as reported at {@code at}: used for history loaded from a plan. */
    @Transactional
    public ProgressUpdate recordProgress(Long id, ActionStatus newStatus, String note, String authorName, Instant at) {
        return recordProgress(id, newStatus, note, null, authorName, at);
    }

    /** Records progress as reported at {@code at}, with the evidence filed with it (none: {@code null}). */
    @Transactional
    public ProgressUpdate recordProgress(Long id, ActionStatus newStatus, String note, String evidence,
                                         String authorName, Instant at) {
        return progressUpdates.save(get(id).record(newStatus, note, authorName, at).withEvidence(evidence));
    }

    private RatedAction assess(Action action) {
        return ragRule.assess(action, action.getRecommendation().getReview().getReportingIntervalWeeks());
    }

    private void describe(Action action, ActionDetails details) {
        User lead = details.leadOfficerId() == null ? null : users.get(details.leadOfficerId());
        Agency agency = details.leadAgencyId() == null ? null : users.agency(details.leadAgencyId());
        action.describe(details.text(), details.outcome(), details.successMeasure(), details.timescale(),
                details.target(), lead, agency);
        action.nameLead(lead == null ? details.leadName() : null);
    }
}
