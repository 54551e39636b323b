package uk.councils.reviewtracker.actions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.councils.reviewtracker.common.VersionedEntity;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.users.Agency;
import uk.councils.reviewtracker.users.User;

/** One line of the improvement plan: what will be done about a recommendation, by whom and by when. */
@Entity
@Table(name = "improvement_action")
public class Action extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Recommendation recommendation;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(length = 4000)
    private String outcome;

    @Column(length = 4000)
    private String successMeasure;

    /** As the plan words it: "Immediate", "Ongoing", "3 months". */
    @Column(length = 100)
    private String timescale;

    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TargetPrecision targetPrecision = TargetPrecision.DAY;

    /** The first target agreed, kept when the target moves so slippage stays visible. */
    private LocalDate originalTargetDate;

    @ManyToOne(fetch = FetchType.LAZY)
    private User leadOfficer;

    @ManyToOne(fetch = FetchType.LAZY)
    private Agency leadAgency;

    /** The lead as the plan names them, kept when they are not (yet) a user of the system. */
    @Column(length = 200)
    private String leadName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    private Instant lastProgressAt;

    /** A new target an officer asked for, waiting for a manager's approval; null when none is waiting. */
    @Embedded
    private TargetRequest requestedTarget;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt desc, id desc")
    private List<ProgressUpdate> progressUpdates = new ArrayList<>();

    protected Action() {
    }

    Action(Recommendation recommendation, int position) {
        this.recommendation = recommendation;
        this.position = position;
    }

    void describe(String text, String outcome, String successMeasure, String timescale, TargetDate target,
                  User leadOfficer, Agency leadAgency) {
        this.text = text;
        this.outcome = outcome;
        this.successMeasure = successMeasure;
        this.timescale = timescale;
        moveTarget(target);
        this.leadOfficer = leadOfficer;
        this.leadAgency = leadAgency;
    }

    /** Moves the target, keeping the first target agreed; returns the history entry that records the move. */
    ProgressUpdate reschedule(TargetDate target, String reason, String note, String authorName, Instant at) {
        LocalDate from = targetDate;
        moveTarget(target);
        clearRequestedTarget();
        return record(ActionStatus.RESCHEDULED, note, authorName, at).withTargetChange(from, targetDate, reason);
    }

    void requestTarget(TargetDate target, String reason, String requestedBy) {
        this.requestedTarget = new TargetRequest(target, reason, requestedBy);
    }

    void clearRequestedTarget() {
        this.requestedTarget = null;
    }

    void reassign(User leadOfficer) {
        this.leadOfficer = leadOfficer;
    }

    void nameLead(String leadName) {
        this.leadName = leadName;
    }

    private void moveTarget(TargetDate target) {
        LocalDate newDate = target == null ? null : target.date();
        if (originalTargetDate == null && targetDate != null && !targetDate.equals(newDate)) {
            originalTargetDate = targetDate;
        }
        this.targetDate = newDate;
        this.targetPrecision = target == null ? TargetPrecision.DAY : target.precision();
    }

    /** Appends to the history; the status changes only through here so every change is recorded. */
    ProgressUpdate record(ActionStatus newStatus, String note, String authorName, Instant at) {
        ProgressUpdate update = new ProgressUpdate(this, status, newStatus, note, authorName, at);
        progressUpdates.add(update);
        this.status = newStatus;
        this.lastProgressAt = at;
        return update;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getText() {
        return text;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public String getTimescale() {
        return timescale;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public TargetPrecision getTargetPrecision() {
        return targetPrecision;
    }

    /** The target as a value, or null when the plan gives none. */
    public TargetDate getTarget() {
        return targetDate == null ? null : new TargetDate(targetDate, targetPrecision);
    }

    /** The target an officer asked for, or null when no request is waiting. */
    public TargetDate getRequestedTarget() {
        return requestedTarget == null ? null : requestedTarget.target();
    }

    public String getRequestedTargetReason() {
        return requestedTarget == null ? null : requestedTarget.reason();
    }

    public String getRequestedTargetBy() {
        return requestedTarget == null ? null : requestedTarget.requestedBy();
    }

    public LocalDate getOriginalTargetDate() {
        return originalTargetDate;
    }

    public User getLeadOfficer() {
        return leadOfficer;
    }

    public String getLeadName() {
        return leadName;
    }

    /** Who leads, for people: the user's name, or the name as the plan wrote it. */
    public String getLeadDisplay() {
        return leadOfficer != null ? leadOfficer.getDisplayName() : leadName;
    }

    public Agency getLeadAgency() {
        return leadAgency;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Instant getLastProgressAt() {
        return lastProgressAt;
    }

    public int getPosition() {
        return position;
    }

    public List<ProgressUpdate> getProgressUpdates() {
        return Collections.unmodifiableList(progressUpdates);
    }
}
