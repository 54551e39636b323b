package uk.councils.reviewtracker.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The create and edit form of a review. */
record ReviewForm(
        @NotBlank(message = "{review.organisationName.required}") @Size(max = 200, message = "{field.tooLong}")
        String organisationName,
        @NotNull(message = "{review.reviewType.required}") ReviewType reviewType,
        @NotBlank(message = "{review.title.required}") @Size(max = 300, message = "{field.tooLong}") String title,
        @Size(max = 500, message = "{field.tooLong}") String fieldworkDates,
        @DateTimeFormat(iso = ISO.DATE) LocalDate fieldworkStart,
        @DateTimeFormat(iso = ISO.DATE) LocalDate fieldworkEnd,
        @DateTimeFormat(iso = ISO.DATE) LocalDate letterDate,
        @Size(max = 200, message = "{field.tooLong}") String reviewLead,
        @Size(max = 500, message = "{field.tooLong}") String reviewLeadRole,
        @Size(max = 2000, message = "{field.tooLong}") String reviewTeam,
        Long frameworkId,
        @NotNull(message = "{review.status.required}") ReviewStatus status,
        @NotNull(message = "{review.reportingIntervalWeeks.required}")
        @Min(value = 1, message = "{review.reportingIntervalWeeks.range}")
        @Max(value = 52, message = "{review.reportingIntervalWeeks.range}") Integer reportingIntervalWeeks,
        long version) {

    static ReviewForm empty() {
        return new ReviewForm("", ReviewType.PEER_REVIEW, "", "", null, null, null, "", "", "", null,
                ReviewStatus.DRAFT, Review.DEFAULT_REPORTING_INTERVAL_WEEKS, 0);
    }

    static ReviewForm of(Review review) {
        return new ReviewForm(review.getOrganisation().getName(), review.getReviewType(), review.getTitle(),
                review.getFieldworkDates(), review.getFieldworkStart(), review.getFieldworkEnd(),
                review.getLetterDate(), review.getReviewLead(), review.getReviewLeadRole(), review.getReviewTeam(),
                review.getFramework() == null ? null : review.getFramework().getId(), review.getStatus(),
                review.getReportingIntervalWeeks(), review.getVersion());
    }

    boolean fieldworkEndsBeforeItStarts() {
        return fieldworkStart != null && fieldworkEnd != null && fieldworkEnd.isBefore(fieldworkStart);
    }

    ReviewDetails details() {
        return new ReviewDetails(organisationName, reviewType, title.strip(), fieldworkDates, fieldworkStart,
                fieldworkEnd, letterDate, reviewLead, reviewLeadRole, reviewTeam, frameworkId, status,
                reportingIntervalWeeks);
    }
}
