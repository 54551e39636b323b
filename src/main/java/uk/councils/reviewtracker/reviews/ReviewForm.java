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
class ReviewForm {

    @NotBlank(message = "{review.organisationName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String organisationName;
    @NotNull(message = "{review.reviewType.required}")
    private ReviewType reviewType;
    @NotBlank(message = "{review.title.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String title;
    @Size(max = 500, message = "{field.tooLong}")
    private String fieldworkDates;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate fieldworkStart;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate fieldworkEnd;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate letterDate;
    @Size(max = 200, message = "{field.tooLong}")
    private String reviewLead;
    @Size(max = 500, message = "{field.tooLong}")
    private String reviewLeadRole;
    @Size(max = 2000, message = "{field.tooLong}")
    private String reviewTeam;
    private Long frameworkId;
    @NotNull(message = "{review.status.required}")
    private ReviewStatus status;
    @NotNull(message = "{review.reportingIntervalWeeks.required}")
    @Min(value = 1, message = "{review.reportingIntervalWeeks.range}")
    @Max(value = 52, message = "{review.reportingIntervalWeeks.range}")
    private Integer reportingIntervalWeeks;
    private long version;

    public ReviewForm() {
    }

    ReviewForm(String organisationName,
            ReviewType reviewType,
            String title,
            String fieldworkDates,
            LocalDate fieldworkStart,
            LocalDate fieldworkEnd,
            LocalDate letterDate,
            String reviewLead,
            String reviewLeadRole,
            String reviewTeam,
            Long frameworkId,
            ReviewStatus status,
            Integer reportingIntervalWeeks,
            long version) {
        this.organisationName = organisationName;
        this.reviewType = reviewType;
        this.title = title;
        this.fieldworkDates = fieldworkDates;
        this.fieldworkStart = fieldworkStart;
        this.fieldworkEnd = fieldworkEnd;
        this.letterDate = letterDate;
        this.reviewLead = reviewLead;
        this.reviewLeadRole = reviewLeadRole;
        this.reviewTeam = reviewTeam;
        this.frameworkId = frameworkId;
        this.status = status;
        this.reportingIntervalWeeks = reportingIntervalWeeks;
        this.version = version;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public ReviewType getReviewType() {
        return reviewType;
    }

    public void setReviewType(ReviewType reviewType) {
        this.reviewType = reviewType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFieldworkDates() {
        return fieldworkDates;
    }

    public void setFieldworkDates(String fieldworkDates) {
        this.fieldworkDates = fieldworkDates;
    }

    public LocalDate getFieldworkStart() {
        return fieldworkStart;
    }

    public void setFieldworkStart(LocalDate fieldworkStart) {
        this.fieldworkStart = fieldworkStart;
    }

    public LocalDate getFieldworkEnd() {
        return fieldworkEnd;
    }

    public void setFieldworkEnd(LocalDate fieldworkEnd) {
        this.fieldworkEnd = fieldworkEnd;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getReviewLead() {
        return reviewLead;
    }

    public void setReviewLead(String reviewLead) {
        this.reviewLead = reviewLead;
    }

    public String getReviewLeadRole() {
        return reviewLeadRole;
    }

    public void setReviewLeadRole(String reviewLeadRole) {
        this.reviewLeadRole = reviewLeadRole;
    }

    public String getReviewTeam() {
        return reviewTeam;
    }

    public void setReviewTeam(String reviewTeam) {
        this.reviewTeam = reviewTeam;
    }

    public Long getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(Long frameworkId) {
        this.frameworkId = frameworkId;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public void setStatus(ReviewStatus status) {
        this.status = status;
    }

    public Integer getReportingIntervalWeeks() {
        return reportingIntervalWeeks;
    }

    public void setReportingIntervalWeeks(Integer reportingIntervalWeeks) {
        this.reportingIntervalWeeks = reportingIntervalWeeks;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

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
