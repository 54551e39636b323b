package uk.councils.reviewtracker.actions;

import uk.councils.reviewtracker.audit.AuditedChange;
import uk.councils.reviewtracker.audit.RecordType;

/** What happens to an action, published by {@link ActionService} in the transaction that does it. */
public sealed interface ActionEvent extends AuditedChange {

    Long actionId();

    @Override
    default RecordType recordType() {
        return RecordType.ACTION;
    }

    @Override
    default Long recordId() {
        return actionId();
    }

    record ActionAdded(Long actionId, String summary) implements ActionEvent {
    }

    record ActionEdited(Long actionId, String summary) implements ActionEvent {
    }

    record ProgressReported(Long actionId, String summary) implements ActionEvent {
    }

    record NewTargetRequested(Long actionId, String summary) implements ActionEvent {
    }

    record NewTargetApproved(Long actionId, String summary) implements ActionEvent {
    }

    record NewTargetDeclined(Long actionId, String summary) implements ActionEvent {
    }

    record TargetMoved(Long actionId, String summary) implements ActionEvent {
    }

    record ActionReassigned(Long actionId, String summary) implements ActionEvent {
    }

    record ActionUpdatedFromPlan(Long actionId, String summary) implements ActionEvent {
    }
}
