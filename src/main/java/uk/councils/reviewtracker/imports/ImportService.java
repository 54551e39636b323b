package uk.councils.reviewtracker.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.actions.RatedAction;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.common.DatabaseOutage;
import uk.councils.reviewtracker.common.NotFoundException;
import uk.councils.reviewtracker.frameworks.FrameworkService;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.frameworks.ThemeMatcher;
import uk.councils.reviewtracker.imports.PlanDraft.DraftAction;
import uk.councils.reviewtracker.imports.PlanDraft.DraftRecommendation;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.users.User;
import uk.councils.reviewtracker.users.UserService;

/**
 * Imports a council's own spreadsheet plan into a review: upload, preview (nothing written), confirm (one
 * transaction, all or nothing). Re-importing a newer version of the same plan updates the actions it matches
 * (by recommendation reference or text, then action text) and creates no duplicates.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int REASON_LENGTH = 500;

    private final ImportUploadRepository uploads;
    private final SheetReader reader;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final ActionService actions;
    private final UserService users;
    private final FrameworkService frameworks;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;
    private final EntityManager entityManager;
    private final org.springframework.util.unit.DataSize maxFileSize;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportService(ImportUploadRepository uploads, SheetReader reader, ReviewService reviews,
                  RecommendationService recommendations, ActionService actions, UserService users,
                  FrameworkService frameworks, ApplicationEventPublisher events, MessageSourceAccessor messages,
                  EntityManager entityManager, PlatformTransactionManager transactions, Clock clock,
                  @org.springframework.beans.factory.annotation.Value("${app.upload.max-file-size}")
                  org.springframework.util.unit.DataSize maxFileSize) {
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.entityManager = entityManager;
        this.maxFileSize = maxFileSize;
        this.uploads = uploads;
        this.reader = reader;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.actions = actions;
        this.users = users;
        this.frameworks = frameworks;
        this.events = events;
        this.messages = messages;
    }

    /** Keeps the file for its preview, if it can be read at all; an unreadable one is refused and not kept. */
    @Transactional
    public Long upload(Long reviewId, String fileName, byte[] content) {
        if (content.length > maxFileSize.toBytes()) {
            throw new ImportException("import.file.tooBig");
        }
        if (!PlanInterpreter.hasPlanHeader(reader.read(content))) {
            throw new ImportException("import.file.notPlan");
        }
        Review review = reviews.get(reviewId);
        String name = fileName == null || fileName.isBlank() ? "plan" : fileName.strip();
        return uploads.save(new ImportUpload(review, name.substring(0, Math.min(300, name.length())), content))
                .getId();
    }

    public ImportPreview preview(Long uploadId) {
        ImportUpload upload = upload(uploadId);
        PlanDraft draft = PlanInterpreter.read(reader.read(upload.getContent()), upload.columns());
        return resolve(upload, draft);
    }

    /** The review an upload is for. */
    public Long reviewOf(Long uploadId) {
        return upload(uploadId).getReview().getId();
    }

    @Transactional
    public void mapColumns(Long uploadId, Map<Integer, PlanField> columns) {
        upload(uploadId).mapColumns(columns);
    }

    @Transactional
    public void discard(Long uploadId) {
        uploads.delete(upload(uploadId));
    }

    /**
     * Writes the previewed plan, all or nothing, and forgets the file. The preview has checked every limit of
     * the database; should the database still refuse, nothing is written and the manager is told why. Confirming
     * an upload already imported (a double click, a second tab) writes nothing and answers what the import did.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportResult confirm(Long uploadId, String author) {
        try {
            return transaction.execute(status -> uploads.lockById(uploadId)
                    .orElseThrow(() -> new NotFoundException("Import", uploadId)).outcome()
                    .orElseGet(() -> write(uploadId, author)));
        } catch (DataAccessException | TransactionException | PersistenceException refused) {
            if (DatabaseOutage.causedBy(refused)) {
                throw refused;
            }
            log.warn("The database refused the import of upload {}", uploadId, refused);
            throw new ImportException("import.confirm.refused", reason(refused));
        }
    }

    /** The database's own words, the most specific cause of the refusal. */
    private static String reason(Throwable refused) {
        Throwable cause = refused;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return message.length() > REASON_LENGTH ? message.substring(0, REASON_LENGTH) + "…" : message;
    }

    private ImportResult write(Long uploadId, String author) {
        // Thousands of rows: don't let every query of the loop dirty-check all that is already written.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        ImportUpload upload = upload(uploadId);
        ImportPreview preview = resolve(upload, PlanInterpreter.read(reader.read(upload.getContent()),
                upload.columns()));
        if (!preview.canConfirm()) {
            throw new ImportException("import.confirm.errors");
        }
        Long reviewId = upload.getReview().getId();
        Map<Long, Action> existing = new HashMap<>();
        actions.forReview(reviewId).forEach(rated -> existing.put(rated.action().getId(), rated.action()));
        Map<Long, ProgressUpdate> notes = actions.latestNotes(reviewId);
        Map<String, Long> agencies = new HashMap<>();
        List<ImportPreview.Recommendation> newOnes = preview.recommendations().stream()
                .filter(r -> r.existingId() == null).toList();
        List<Recommendation> created = recommendations.addAll(reviewId, newOnes.stream()
                .map(r -> new RecommendationDetails(r.ref(), r.text(), r.group(), null, List.of(), null, r.themeId()))
                .toList());
        Map<ImportPreview.Recommendation, Recommendation> saved = new java.util.IdentityHashMap<>();
        for (int i = 0; i < newOnes.size(); i++) {
            saved.put(newOnes.get(i), created.get(i));
        }
        Map<Long, Recommendation> known = new HashMap<>();
        recommendations.forReview(reviewId).forEach(r -> known.put(r.getId(), r));
        Map<Long, Integer> lastPositions = new HashMap<>();
        existing.values().forEach(a -> lastPositions.merge(a.getRecommendation().getId(), a.getPosition(), Math::max));
        int actionsCreated = 0;
        int updated = 0;
        for (ImportPreview.Recommendation recommendation : preview.recommendations()) {
            Recommendation target = recommendation.existingId() != null ? known.get(recommendation.existingId())
                    : saved.get(recommendation);
            List<ActionService.ImportedAction> additions = new ArrayList<>();
            for (ImportPreview.Action action : recommendation.actions()) {
                Long agencyId = action.agency() == null ? null
                        : agencies.computeIfAbsent(action.agency().strip().toLowerCase(Locale.UK),
                                name -> users.agencyNamed(action.agency()).getId());
                ActionDetails details = new ActionDetails(action.text(), action.outcome(), action.measure(),
                        action.timescale(), action.target(), action.leadUserId(), agencyId, action.status(),
                        action.leadUserId() == null ? action.lead() : null);
                if (action.existingId() == null) {
                    additions.add(new ActionService.ImportedAction(details, action.status(), action.note()));
                    actionsCreated++;
                } else if (action.changes()) {
                    ProgressUpdate latest = notes.get(action.existingId());
                    actions.applyImported(existing.get(action.existingId()), details, action.note(),
                            latest == null ? null : latest.getNote(), author);
                    updated++;
                }
            }
            if (!additions.isEmpty()) {
                actions.addImported(target, lastPositions.getOrDefault(target.getId(), 0), additions, author);
            }
        }
        int recommendationsCreated = created.size();
        ImportResult result = new ImportResult(reviewId, recommendationsCreated, actionsCreated, updated,
                (int) preview.unchangedActions());
        events.publishEvent(new PlanImported(reviewId, "Imported the plan \"" + upload.getFileName() + "\": "
                + recommendationsCreated + " recommendations and " + actionsCreated + " actions added, " + updated
                + " actions updated"));
        upload.imported(result, clock.instant());
        return result;
    }

    /** An upload waiting for its confirmation; one already imported is gone as far as its preview goes. */
    private ImportUpload upload(Long id) {
        return uploads.findWithReviewById(id).filter(upload -> !upload.isImported())
                .orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** Matches the file's recommendations and actions with the review's, and its leads with users. */
    private ImportPreview resolve(ImportUpload upload, PlanDraft draft) {
        Review review = upload.getReview();
        List<ImportIssue> issues = new ArrayList<>(draft.issues());
        List<Recommendation> known = recommendations.forReview(review.getId());
        Map<Long, List<RatedAction>> knownActions = actions.forReviewByRecommendation(review.getId());
        Map<Long, ProgressUpdate> notes = actions.latestNotes(review.getId());
        List<Theme> themes = frameworks.themesOf(review.getFramework());
        Map<String, User> people = people();
        List<ImportPreview.Recommendation> resolved = new ArrayList<>();
        for (DraftRecommendation draftRecommendation : draft.recommendations()) {
            Optional<Recommendation> match = match(known, draftRecommendation);
            Theme theme = draftRecommendation.theme() == null ? null
                    : ThemeMatcher.match(draftRecommendation.theme(), themes).orElse(null);
            if (draftRecommendation.theme() != null && theme == null) {
                issues.add(new ImportIssue(draftRecommendation.sheet(), draftRecommendation.row(), "",
                        ImportIssue.Severity.WARNING, "import.row.themeUnknown", List.of(draftRecommendation.theme())));
            }
            List<RatedAction> itsActions = match.map(r -> knownActions.getOrDefault(r.getId(), List.of()))
                    .orElse(List.of());
            List<ImportPreview.Action> resolvedActions = new ArrayList<>();
            for (DraftAction action : draftRecommendation.actions()) {
                User lead = lead(people, action.lead());
                if (action.lead() != null && lead == null) {
                    issues.add(new ImportIssue(draftRecommendation.sheet(), action.row(), "",
                            ImportIssue.Severity.WARNING, "import.row.leadUnknown", List.of(action.lead())));
                }
                Optional<Action> existing = itsActions.stream().map(RatedAction::action)
                        .filter(a -> ActionTexts.same(a.getText(), action.text())).findFirst();
                if (existing.isEmpty()) {
                    itsActions.stream().map(RatedAction::action)
                            .filter(a -> ActionTexts.nearlySame(a.getText(), action.text())).findFirst()
                            .ifPresent(similar -> issues.add(new ImportIssue(draftRecommendation.sheet(), action.row(),
                                    "", ImportIssue.Severity.WARNING, "import.row.nearExisting",
                                    List.of(similar.getText()))));
                }
                resolvedActions.add(existing.map(a -> merged(a, action, lead, notes.get(a.getId())))
                        .orElseGet(() -> new ImportPreview.Action(action.row(), null, true, action.text(),
                                action.outcome(), action.measure(), action.timescale(), action.target(), action.lead(),
                                lead == null ? null : lead.getId(), action.agency(),
                                action.status() == null ? ActionStatus.NOT_STARTED : action.status(), action.note())));
            }
            resolved.add(new ImportPreview.Recommendation(draftRecommendation.row(),
                    match.map(Recommendation::getId).orElse(null), draftRecommendation.ref(), draftRecommendation.text(),
                    draftRecommendation.group(), draftRecommendation.theme(), theme == null ? null : theme.getId(),
                    resolvedActions));
        }
        issues.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        List<ImportPreview.Issue> described = issues.stream().map(issue -> new ImportPreview.Issue(issue.sheet(),
                issue.row(), issue.column(), issue.severity(), messages.getMessage(issue.messageKey(),
                        issue.arguments().toArray()))).toList();
        return new ImportPreview(upload.getId(), review.getId(), upload.getFileName(), draft.sheet(),
                draft.headerRow(), draft.columns(), resolved, described);
    }

    /** The review's recommendation the file means: the same reference ("R4" is "4"), else the same text. */
    private static Optional<Recommendation> match(List<Recommendation> known, DraftRecommendation draft) {
        if (draft.ref() != null) {
            String ref = RecommendationRefs.key(draft.ref());
            Optional<Recommendation> byRef = known.stream()
                    .filter(r -> r.getRef() != null && RecommendationRefs.key(r.getRef()).equals(ref)).findFirst();
            if (byRef.isPresent()) {
                return byRef;
            }
        }
        return known.stream().filter(r -> ActionTexts.same(r.getText(), draft.text())).findFirst();
    }

    /**
     * An existing action with what the file says about it. What the file leaves out (a missing column or an
     * empty cell) keeps its current value, so importing a partial plan never erases anything.
     */
    private static ImportPreview.Action merged(Action action, DraftAction line, User lead, ProgressUpdate latest) {
        Long currentLeadId = action.getLeadOfficer() == null ? null : action.getLeadOfficer().getId();
        String currentAgency = action.getLeadAgency() == null ? null : action.getLeadAgency().getName();
        String outcome = line.outcome() != null ? line.outcome() : action.getOutcome();
        String measure = line.measure() != null ? line.measure() : action.getSuccessMeasure();
        boolean datesGiven = line.target() != null || line.timescale() != null;
        String timescale = datesGiven ? line.timescale() : action.getTimescale();
        TargetDate target = datesGiven ? line.target() : action.getTarget();
        boolean leadGiven = line.lead() != null;
        Long leadId = leadGiven ? (lead == null ? null : lead.getId()) : currentLeadId;
        String leadName = leadGiven ? line.lead() : action.getLeadDisplay();
        String agency = line.agency() != null ? line.agency() : currentAgency;
        ActionStatus status = line.status() != null ? line.status() : action.getStatus();
        boolean changes = !Objects.equals(action.getOutcome(), outcome)
                || !Objects.equals(action.getSuccessMeasure(), measure)
                || !Objects.equals(action.getTimescale(), timescale)
                || !Objects.equals(action.getTarget(), target)
                || !Objects.equals(currentLeadId, leadId)
                || (leadId == null && !Objects.equals(action.getLeadName(), leadName))
                || !(currentAgency == null ? agency == null : currentAgency.equalsIgnoreCase(agency))
                || action.getStatus() != status
                || (line.note() != null && (latest == null || !line.note().equals(latest.getNote())));
        return new ImportPreview.Action(line.row(), action.getId(), changes, action.getText(), outcome, measure,
                timescale, target, leadName, leadId, agency, status, line.note());
    }

    /** Users by display name and by username, as plans name them. */
    private Map<String, User> people() {
        Map<String, User> people = new HashMap<>();
        for (User user : users.all()) {
            people.put(PlanInterpreter.normalise(user.getDisplayName()), user);
            people.put(PlanInterpreter.normalise(user.getUsername()), user);
        }
        return people;
    }

    /** The first person named who is a user: plans write "Jo Bloggs / Sam Jones" or "Jo Bloggs (Head of Service)". */
    private static User lead(Map<String, User> people, String named) {
        if (named == null) {
            return null;
        }
        for (String part : named.split("\\s*(?:/|,|;|&|\\band\\b|\\n)\\s*")) {
            String name = PlanInterpreter.normalise(part.replaceAll("\\(.*?\\)", ""));
            if (people.containsKey(name)) {
                return people.get(name);
            }
        }
        return null;
    }
}
