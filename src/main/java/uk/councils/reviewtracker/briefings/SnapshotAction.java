package uk.councils.reviewtracker.briefings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.actions.TargetPrecision;
import uk.councils.reviewtracker.common.AuditedEntity;

/** One action of the plan exactly as it stood when a briefing was created. Never changed. */
@Entity
@Immutable
public class SnapshotAction extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Briefing briefing;

    @Column(nullable = false)
    private Long actionId;

    @Column(length = 20)
    private String recommendationRef;

    @Column(nullable = false, length = 4000)
    private String recommendation;

    @Column(length = 300)
    private String groupHeading;

    @Column(length = 300)
    private String theme;

    @Column(nullable = false, length = 4000)
    private String actionText;

    @Column(length = 4000)
    private String outcome;

    @Column(length = 4000)
    private String successMeasure;

    @Column(length = 200)
    private String leadName;

    @Column(length = 200)
    private String leadAgency;

    @Column(length = 100)
    private String timescale;

    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TargetPrecision targetPrecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Rag rag;

    @Column(length = 4000)
    private String latestNote;

    /** The action's last update (see {@link PlanLine}); the column keeps its first name. */
    private Instant latestNoteAt;

    @Column(nullable = false)
    private int position;

    protected SnapshotAction() {
    }

    SnapshotAction(Briefing briefing, PlanLine line, int position) {
        this.briefing = briefing;
        this.actionId = line.actionId();
        this.recommendationRef = line.ref();
        this.recommendation = line.recommendation();
        this.groupHeading = line.group();
        this.theme = line.theme();
        this.actionText = line.action();
        this.outcome = line.outcome();
        this.successMeasure = line.measure();
        this.leadName = line.lead();
        this.leadAgency = line.agency();
        this.timescale = line.timescale();
        this.targetDate = line.target() == null ? null : line.target().date();
        this.targetPrecision = line.target() == null ? TargetPrecision.DAY : line.target().precision();
        this.status = line.status();
        this.rag = line.rag();
        this.latestNote = line.latestNote();
        this.latestNoteAt = line.lastUpdateAt();
        this.position = position;
    }

    public PlanLine line() {
        return new PlanLine(actionId, recommendationRef, recommendation, groupHeading, theme, actionText, outcome,
                successMeasure, leadName,
                leadAgency, timescale, targetDate == null ? null : new TargetDate(targetDate, targetPrecision), status,
                rag, latestNote, latestNoteAt);
    }

    public Long getActionId() {
        return actionId;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Rag getRag() {
        return rag;
    }
}
