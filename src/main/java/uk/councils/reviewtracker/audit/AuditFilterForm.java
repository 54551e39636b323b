package uk.councils.reviewtracker.audit;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;
import uk.councils.reviewtracker.common.Text;

/** The audit trail's filters, from the query string: a person, a record (its kind, its number or both), dates. */
class AuditFilterForm {

    private String person;
    private RecordType type;
    @Positive(message = "{audit.filter.recordId.invalid}")
    private Long recordId;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate to;

    void checkDates(Errors errors) {
        if (from != null && to != null && to.isBefore(from) && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
        }
    }

    /** Dates are whole days in UK time: from the start of "from" to the end of "to". */
    AuditQuery query(ZoneId zone) {
        return new AuditQuery(Text.blankToNull(person), type, recordId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    boolean isFiltered() {
        return Text.blankToNull(person) != null || type != null || recordId != null || from != null || to != null;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public RecordType getType() {
        return type;
    }

    public void setType(RecordType type) {
        this.type = type;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
