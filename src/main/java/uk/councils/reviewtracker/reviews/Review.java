package uk.councils.reviewtracker.reviews;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.councils.reviewtracker.common.VersionedEntity;
import uk.councils.reviewtracker.frameworks.Framework;

/** A peer review, inspection or independent review of a council's children's safeguarding, as reported in its letter. */
@Entity
public class Review extends VersionedEntity {

    public static final int DEFAULT_REPORTING_INTERVAL_WEEKS = 8;

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    private Framework framework;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewType reviewType;

    @Column(nullable = false, length = 300)
    private String title;

    /** As the letter words it: "14-18th May 2012", "September 2010". */
    @Column(length = 500)
    private String fieldworkDates;

    private LocalDate fieldworkStart;

    private LocalDate fieldworkEnd;

    private LocalDate letterDate;

    @Column(length = 200)
    private String reviewLead;

    @Column(length = 500)
    private String reviewLeadRole;

    @Column(length = 2000)
    private String reviewTeam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.DRAFT;

    @Column(nullable = false)
    private int reportingIntervalWeeks = DEFAULT_REPORTING_INTERVAL_WEEKS;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LineOfEnquiry> linesOfEnquiry = new ArrayList<>();

    protected Review() {
    }

    public Review(Organisation organisation, ReviewType reviewType, String title) {
        this.organisation = organisation;
        this.reviewType = reviewType;
        this.title = title;
    }

    void describe(ReviewDetails details, Organisation organisation, Framework framework) {
        this.organisation = organisation;
        this.framework = framework;
        this.reviewType = details.reviewType();
        this.title = details.title();
        this.fieldworkDates = details.fieldworkDates();
        this.fieldworkStart = details.fieldworkStart();
        this.fieldworkEnd = details.fieldworkEnd();
        this.letterDate = details.letterDate();
        this.reviewLead = details.reviewLead();
        this.reviewLeadRole = details.reviewLeadRole();
        this.reviewTeam = details.reviewTeam();
        this.status = details.status();
        this.reportingIntervalWeeks = details.reportingIntervalWeeks();
    }

    LineOfEnquiry addLineOfEnquiry(String question, String findingSummary) {
        LineOfEnquiry line = new LineOfEnquiry(this, question, findingSummary, linesOfEnquiry.size() + 1);
        linesOfEnquiry.add(line);
        return line;
    }

    void removeLineOfEnquiry(LineOfEnquiry line) {
        linesOfEnquiry.remove(line);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Framework getFramework() {
        return framework;
    }

    public ReviewType getReviewType() {
        return reviewType;
    }

    public String getTitle() {
        return title;
    }

    /**
     * The year of the review: of its fieldwork, else of its letter, else the first year its fieldwork dates name
     * as written ("14-18th May 2012"); null when nothing says.
     */
    public Integer getYear() {
        return yearOf(fieldworkStart, fieldworkEnd, letterDate, fieldworkDates);
    }

    /** "Walsall Metropolitan Borough Council, 2012": what tells apart two councils' reviews of the same title. */
    public String getCouncilAndYear() {
        return councilAndYear(organisation.getName(), getYear());
    }

    /** How a review is named wherever it is listed or linked: council, year and title. */
    public String getDisplayName() {
        return displayName(organisation.getName(), title, fieldworkStart, fieldworkEnd, letterDate, fieldworkDates);
    }

    /**
     * The display name of a review read as columns rather than as an entity (a list of options): the same rule as
     * {@link #getDisplayName()}.
     */
    public static String displayName(String organisationName, String title, LocalDate fieldworkStart,
                                     LocalDate fieldworkEnd, LocalDate letterDate, String fieldworkDates) {
        return councilAndYear(organisationName, yearOf(fieldworkStart, fieldworkEnd, letterDate, fieldworkDates))
                + ": " + title;
    }

    private static Integer yearOf(LocalDate fieldworkStart, LocalDate fieldworkEnd, LocalDate letterDate,
                                  String fieldworkDates) {
        LocalDate known = fieldworkStart != null ? fieldworkStart : fieldworkEnd != null ? fieldworkEnd : letterDate;
        if (known != null) {
            return known.getYear();
        }
        Matcher written = YEAR.matcher(fieldworkDates == null ? "" : fieldworkDates);
        return written.find() ? Integer.valueOf(written.group()) : null;
    }

    private static String councilAndYear(String organisationName, Integer year) {
        return year == null ? organisationName : organisationName + ", " + year;
    }

    public String getFieldworkDates() {
        return fieldworkDates;
    }

    public LocalDate getFieldworkStart() {
        return fieldworkStart;
    }

    public LocalDate getFieldworkEnd() {
        return fieldworkEnd;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getReviewLead() {
        return reviewLead;
    }

    public String getReviewLeadRole() {
        return reviewLeadRole;
    }

    public String getReviewTeam() {
        return reviewTeam;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public int getReportingIntervalWeeks() {
        return reportingIntervalWeeks;
    }

    public List<LineOfEnquiry> getLinesOfEnquiry() {
        return Collections.unmodifiableList(linesOfEnquiry);
    }
}
