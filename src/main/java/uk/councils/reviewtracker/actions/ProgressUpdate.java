package uk.councils.reviewtracker.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import uk.councils.reviewtracker.common.AuditedEntity;

/** One entry of an action's history: never changed or deleted once written. */
@Entity
@Immutable
public class ProgressUpdate extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ActionStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActionStatus newStatus;

    @Column(length = 4000)
    private String note;

    /** What shows the work is done: a document name, a link, a board minute. */
    @Column(length = 1000)
    private String evidence;

    private LocalDate oldTargetDate;

    private LocalDate newTargetDate;

    @Column(length = 2000)
    private String targetReason;

    @Column(nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false)
    private Instant recordedAt;

    protected ProgressUpdate() {
    }

    ProgressUpdate(Action action, ActionStatus oldStatus, ActionStatus newStatus, String note, String authorName,
                   Instant recordedAt) {
        this.action = action;
        this.oldStatus = oldStatus;
        this.newStatus = newStatus;
        this.note = note;
        this.authorName = authorName;
        this.recordedAt = recordedAt;
    }

    ProgressUpdate withEvidence(String evidence) {
        this.evidence = evidence;
        return this;
    }

    ProgressUpdate withTargetChange(LocalDate from, LocalDate to, String reason) {
        this.oldTargetDate = from;
        this.newTargetDate = to;
        this.targetReason = reason;
        return this;
    }

    public Action getAction() {
        return action;
    }

    public ActionStatus getOldStatus() {
        return oldStatus;
    }

    public ActionStatus getNewStatus() {
        return newStatus;
    }

    public String getNote() {
        return note;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDate getOldTargetDate() {
        return oldTargetDate;
    }

    public LocalDate getNewTargetDate() {
        return newTargetDate;
    }

    public String getTargetReason() {
        return targetReason;
    }

    public boolean isTargetChange() {
        return newTargetDate != null && !newTargetDate.equals(oldTargetDate);
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isStatusChange() {
        return oldStatus != newStatus;
    }
}
