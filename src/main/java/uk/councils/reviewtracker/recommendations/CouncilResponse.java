package uk.councils.reviewtracker.recommendations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The council's recorded response to a recommendation: what, when, by whom and why. */
@Embeddable
public record CouncilResponse(
        @Enumerated(EnumType.STRING) @Column(name = "response", length = 30) ResponseType type,
        @Column(name = "response_date") LocalDate date,
        @Column(name = "response_by", length = 200) String respondedBy,
        @Column(name = "response_rationale", length = 4000) String rationale) {
}
