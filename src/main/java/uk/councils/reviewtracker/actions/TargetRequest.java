package uk.councils.reviewtracker.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A new target an officer asked for, waiting for a manager's approval: the date, who asked and why. */
@Embeddable
record TargetRequest(
        @Column(name = "requested_target_date") LocalDate date,
        @Enumerated(EnumType.STRING) @Column(name = "requested_target_precision", length = 10)
        TargetPrecision precision,
        @Column(name = "requested_target_reason", length = 2000) String reason,
        @Column(name = "requested_target_by", length = 200) String requestedBy) {

    TargetRequest(TargetDate target, String reason, String requestedBy) {
        this(target.date(), target.precision(), reason, requestedBy);
    }

    TargetDate target() {
        return new TargetDate(date, precision);
    }
}
