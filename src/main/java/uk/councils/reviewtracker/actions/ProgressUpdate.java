package uk.councils.reviewtracker.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
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
