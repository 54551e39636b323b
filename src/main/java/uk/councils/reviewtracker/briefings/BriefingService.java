package uk.councils.reviewtracker.briefings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.briefings.BriefingEvent.BriefingCreated;
import uk.councils.reviewtracker.briefings.BriefingEvent.BriefingEdited;
import uk.councils.reviewtracker.briefings.BriefingEvent.BriefingIssued;
import uk.councils.reviewtracker.briefings.BriefingEvent.DraftBriefingDeleted;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.findings.Finding;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.SignedInUser;

@Service
@Transactional(readOnly = true)
public class BriefingService {

    /** When the next report is due if the committee asks for one: the usual quarterly cycle of a scrutiny panel. */
    static final java.time.Period NEXT_REPORT_WITHIN = java.time.Period.ofMonths(3);

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final BriefingRepository briefings;
    private final SnapshotActionRepository snapshots;
    private final ReviewService reviews;
    private final FindingService findings;
    private final RecommendationService recommendations;
    private final ActionService actions;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    BriefingService(BriefingRepository briefings, SnapshotActionRepository snapshots, ReviewService reviews,
                    FindingService findings, RecommendationService recommendations, ActionService actions,
                    ApplicationEventPublisher events, MessageSourceAccessor messages, Clock clock) {
        this.briefings = briefings;
        this.snapshots = snapshots;
        this.reviews = reviews;
        this.findings = findings;
        this.recommendations = recommendations;
        this.actions = actions;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** A briefing for a manager's own work on it (editing, issuing); readers go through {@link #read}. */
    public Briefing get(Long id) {
        return briefings.findWithSectionsById(id).orElseThrow(() -> new NotFoundException("Briefing", id));
    }

    /** A draft for a manager to change or delete; an issued briefing is refused ({@link BriefingIssuedException}). */
    public Briefing draft(Long id) {
        Briefing briefing = get(id);
        if (briefing.isIssued()) {
            throw new BriefingIssuedException(id);
        }
        return briefing;
    }

    /** The briefing if the reader may see it (see {@link Briefing#isReadableBy}); a draft is refused to others. */
    public Briefing read(Long id, SignedInUser reader) {
        Briefing briefing = get(id);
        if (!briefing.isReadableBy(reader.role())) {
            throw new AccessDeniedException("Briefing " + id + " is a draft");
        }
        return briefing;
    }

    /** The briefings of a review the reader may see, newest first. */
    public List<Briefing> forReview(Long reviewId, SignedInUser reader) {
        return briefings.findByReviewIdOrderByIdDesc(reviewId).stream()
                .filter(briefing -> briefing.isReadableBy(reader.role())).toList();
    }

    /** The issued briefings of a review, newest first: what committee has been told, the plan's history. */
    public List<Briefing> issued(Long reviewId) {
        return briefings.findByReviewIdAndStatusOrderByIdDesc(reviewId, BriefingStatus.ISSUED);
    }

    /** The briefing issued after this one on the same review, if any: this one is then superseded. */
    public Optional<Briefing> supersededBy(Briefing briefing) {
        return briefings.findFirstByReviewIdAndIdGreaterThanAndStatusOrderByIdAsc(briefing.getReview().getId(),
                briefing.getId(), BriefingStatus.ISSUED);
    }

    /**
     * The briefing this one is compared with: the last one issued on the same review before this one was created
     * (its snapshot is older). A draft is never the previous briefing: committee was not told what it says.
     */
    public Optional<Briefing> previousIssued(Briefing briefing) {
        return briefings.findFirstByReviewIdAndIdLessThanAndStatusOrderByIdDesc(briefing.getReview().getId(),
                briefing.getId(), BriefingStatus.ISSUED);
    }

    /** Creates a draft briefing and freezes the plan as it stands now into its snapshot. */
    @Transactional
    public Briefing create(Long reviewId, BriefingDetails details) {
        Review review = reviews.get(reviewId);
        Briefing briefing = new Briefing(review, details.template());
        briefing.describe(details.meetingName(), details.meetingDate(), details.author(), details.addressedTo(),
                details.subject());
        List<PlanLine> plan = actions.planRows(reviewId).stream().map(PlanLine::ofRow).toList();
        for (String key : details.template().getSections()) {
            briefing.addSection(key, message("briefing.section." + key), draftText(key, review, plan, details));
        }
        Briefing saved = briefings.save(briefing);
        for (int i = 0; i < plan.size(); i++) {
            snapshots.save(new SnapshotAction(saved, plan.get(i), i + 1));
        }
        events.publishEvent(new BriefingCreated(saved.getId(), "Created a " + details.template() + " briefing for "
                + details.meetingName() + " on \"" + review.getTitle() + "\" with a snapshot of " + plan.size()
                + " actions"));
        return saved;
    }

    @Transactional
    public void rewrite(Long id, long expectedVersion, BriefingDetails details, Map<String, String> bodies) {
        Briefing briefing = get(id);
        briefing.checkVersion(expectedVersion);
        briefing.describe(details.meetingName(), details.meetingDate(), details.author(), details.addressedTo(),
                details.subject());
        briefing.rewrite(bodies);
        events.publishEvent(new BriefingEdited(id, "Edited the briefing for " + details.meetingName()));
    }

    @Transactional
    public void issue(Long id, String by) {
        Briefing briefing = get(id);
        briefing.issue(by, clock.instant());
        events.publishEvent(new BriefingIssued(id, "Issued the briefing for " + briefing.getMeetingName()));
    }

    /** Deletes a draft with its snapshot; an issued briefing is a record and is never deleted. */
    @Transactional
    public void delete(Long id) {
        Briefing briefing = draft(id);
        snapshots.deleteByBriefing(id);
        briefings.delete(briefing);
        events.publishEvent(new DraftBriefingDeleted(id, "Deleted the draft briefing for " + briefing.getMeetingName()
                + " on \"" + briefing.getReview().getTitle() + "\""));
    }

    public List<PlanLine> snapshot(Long briefingId) {
        return snapshots.findByBriefingIdOrderByPosition(briefingId).stream().map(SnapshotAction::line).toList();
    }

    /** The briefing, if the reader may see it, with its frozen plan and the changes since the previous issued one. */
    public BriefingDocument document(Long id, SignedInUser reader) {
        return document(read(id, reader));
    }

    BriefingDocument document(Briefing briefing) {
        List<PlanLine> plan = snapshot(briefing.getId());
        Changes changes = previousIssued(briefing)
                .map(previous -> compare(previous, snapshot(previous.getId()), plan)).orElse(null);
        return new BriefingDocument(briefing, briefing.getSections(), plan, changes);
    }

    /**
     * How the plan moved over time: the RAG counts frozen by the issued briefings of a review, one per meeting day
     * (the one issued last, should a briefing be issued again for the same meeting), oldest meeting first.
     */
    public List<TrendPoint> trend(Long reviewId) {
        Map<Long, Map<Rag, Integer>> counts = new HashMap<>();
        for (Object[] row : snapshots.countRagByIssuedBriefing(reviewId)) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Rag.class))
                    .put((Rag) row[1], ((Number) row[2]).intValue());
        }
        Map<LocalDate, Briefing> byDay = new TreeMap<>();
        for (Briefing briefing : issued(reviewId)) {
            byDay.merge(briefing.getMeetingDate(), briefing, BriefingService::laterIssued);
        }
        return byDay.values().stream().map(briefing -> {
            Map<Rag, Integer> ofBriefing = new EnumMap<>(Rag.class);
            for (Rag rag : Rag.values()) {
                ofBriefing.put(rag, counts.getOrDefault(briefing.getId(), Map.of()).getOrDefault(rag, 0));
            }
            return new TrendPoint(briefing.getId(), briefing.getMeetingDate(), briefing.getMeetingName(), ofBriefing);
        }).toList();
    }

    private static Briefing laterIssued(Briefing one, Briefing other) {
        return Comparator.comparing(Briefing::getIssuedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Briefing::getId).compare(one, other) >= 0 ? one : other;
    }

    static Changes compare(Briefing previous, List<PlanLine> before, List<PlanLine> now) {
        Map<Long, PlanLine> then = before.stream()
                .collect(Collectors.toMap(PlanLine::actionId, Function.identity(), (a, b) -> a));
        List<Changes.Change> completed = new ArrayList<>();
        List<Changes.Change> slipped = new ArrayList<>();
        List<Changes.Change> newlyBehind = new ArrayList<>();
        List<Changes.Change> moved = new ArrayList<>();
        List<PlanLine> added = new ArrayList<>();
        for (PlanLine line : now) {
            PlanLine old = then.get(line.actionId());
            if (old == null) {
                added.add(line);
                continue;
            }
            Changes.Change change = new Changes.Change(old, line);
            if (old.status() != ActionStatus.COMPLETE && line.status() == ActionStatus.COMPLETE) {
                completed.add(change);
            }
            if (old.rag() != Rag.BEHIND_SCHEDULE && line.rag() == Rag.BEHIND_SCHEDULE) {
                newlyBehind.add(change);
            }
            java.time.LocalDate from = old.target() == null ? null : old.target().date();
            java.time.LocalDate to = line.target() == null ? null : line.target().date();
            if (!Objects.equals(from, to)) {
                boolean later = from != null && to != null && to.isAfter(from);
                (later ? slipped : moved).add(change);
            }
        }
        return new Changes(previous, completed, slipped, newlyBehind, moved, added);
    }

    /**
     * The first wording of a section, from the review and the plan's figures; every count goes through the message
     * source's choice format, so one action reads "one action", not "1 actions".
     */
    private String draftText(String key, Review review, List<PlanLine> plan, BriefingDetails details) {
        List<Finding> all = findings.forReview(review.getId());
        List<Recommendation> recs = recommendations.forReview(review.getId());
        long complete = plan.stream().filter(line -> line.rag() == Rag.COMPLETE).count();
        long behind = plan.stream().filter(PlanLine::behindSchedule).count();
        long onSchedule = plan.stream().filter(line -> line.rag() == Rag.ON_SCHEDULE).count();
        String letterDate = review.getLetterDate() == null ? message("value.notStated")
                : review.getLetterDate().format(LONG_DATE);
        LocalDate nextReport = details.meetingDate().plus(NEXT_REPORT_WITHIN);
        return switch (key) {
            case "purpose" -> message("briefing.draft.purpose", details.meetingName(), review.getTitle(),
                    review.getOrganisation().getName());
            case "reportPurpose" -> message("briefing.draft.reportPurpose", details.meetingName(), review.getTitle(),
                    review.getOrganisation().getName());
            case "findings" -> message("briefing.draft.findings", letterDate,
                    all.stream().filter(Finding::isStrength).count(),
                    all.stream().filter(f -> !f.isStrength()).count());
            case "recommendations" -> recs.isEmpty() ? message("briefing.draft.recommendations.none") : recs.stream()
                    .map(r -> (r.getRef() == null ? "" : r.getRef() + ". ") + r.getText())
                    .collect(Collectors.joining("\n"));
            case "decisions" -> message(behind == 0 ? "briefing.draft.decisions" : "briefing.draft.decisions.behind",
                    complete, plan.size(), nextReport.format(LONG_DATE), behind);
            case "background" -> message(review.getLetterDate() == null ? "briefing.draft.background.undated"
                    : "briefing.draft.background", review.getOrganisation().getName(), review.getTitle(), letterDate,
                    recs.size(), plan.size());
            case "summary", "progress" -> plan.isEmpty() ? message("briefing.draft.summary.empty")
                    : message("briefing.draft.summary", plan.size(), complete, complete * 100 / plan.size(),
                            onSchedule, behind);
            case "behind" -> behind == 0 ? message("briefing.draft.behind.none")
                    : message("briefing.draft.behind", behind);
            case "nextSteps" -> nextSteps(plan, complete, nextReport);
            case "implications" -> message("briefing.draft.implications");
            case "backgroundPapers" -> message(review.getLetterDate() == null ? "briefing.draft.backgroundPapers.undated"
                    : "briefing.draft.backgroundPapers", letterDate, LocalDate.now(clock).format(LONG_DATE));
            case "contactOfficer" -> message("briefing.draft.contactOfficer", details.author());
            default -> "";
        };
    }

    /** The open actions due before the next report (those already overdue are under "behind schedule"). */
    private String nextSteps(List<PlanLine> plan, long complete, LocalDate nextReport) {
        List<PlanLine> due = plan.stream()
                .filter(line -> line.rag() != Rag.COMPLETE && !line.behindSchedule() && line.target() != null
                        && !line.target().date().isAfter(nextReport))
                .sorted(java.util.Comparator.comparing(line -> line.target().date())).toList();
        if (due.isEmpty()) {
            return message("briefing.draft.nextSteps.none", nextReport.format(LONG_DATE), plan.size() - complete);
        }
        StringBuilder text = new StringBuilder(message("briefing.draft.nextSteps", due.size(),
                nextReport.format(LONG_DATE)));
        for (PlanLine line : due) {
            text.append('\n').append(message("briefing.draft.nextSteps.line", line.action(),
                    line.lead() == null ? message("briefing.draft.nextSteps.noLead") : line.lead(),
                    line.target().display()));
        }
        return text.toString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args);
    }
}
