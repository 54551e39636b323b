package uk.councils.reviewtracker.briefings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.common.VersionedEntity;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.users.Role;

/**
 * A paper for a committee meeting about a review's plan. The plan as it stood when the briefing was created is
 * frozen in its snapshot; its narrative can change until it is issued, and never after. It is compared with the
 * last briefing issued before it on the same review (see {@code BriefingService.previousIssued}), never with a draft.
 */
@Entity
public class Briefing extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Review review;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BriefingTemplate template;

    @Column(nullable = false, length = 300)
    private String meetingName;

    @Column(nullable = false)
    private LocalDate meetingDate;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(length = 300)
    private String addressedTo;

    @Column(length = 300)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BriefingStatus status = BriefingStatus.DRAFT;

    private Instant issuedAt;

    @Column(length = 100)
    private String issuedBy;

    @OneToMany(mappedBy = "briefing", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<BriefingSection> sections = new ArrayList<>();

    protected Briefing() {
    }

    Briefing(Review review, BriefingTemplate template) {
        this.review = review;
        this.template = template;
    }

    void describe(String meetingName, LocalDate meetingDate, String author, String addressedTo, String subject) {
        requireDraft();
        this.meetingName = meetingName;
        this.meetingDate = meetingDate;
        this.author = author;
        this.addressedTo = addressedTo;
        this.subject = subject;
    }

    void addSection(String key, String heading, String body) {
        sections.add(new BriefingSection(this, key, heading, body, sections.size() + 1));
    }

    void rewrite(Map<String, String> bodies) {
        requireDraft();
        sections.forEach(section -> {
            if (bodies.containsKey(section.getKey())) {
                section.rewrite(bodies.get(section.getKey()));
            }
        });
    }

    void issue(String by, Instant at) {
        requireDraft();
        this.status = BriefingStatus.ISSUED;
        this.issuedBy = by;
        this.issuedAt = at;
    }

    private void requireDraft() {
        if (status == BriefingStatus.ISSUED) {
            throw new BriefingIssuedException(getId());
        }
    }

    public boolean isIssued() {
        return status == BriefingStatus.ISSUED;
    }

    /**
     * A draft is the managers' until it is issued: nobody else lists, opens or downloads it. An issued briefing is
     * a record of what committee was told, and everyone who signs in may read it.
     */
    public boolean isReadableBy(Role role) {
        return isIssued() || role == Role.MANAGER || role == Role.ADMIN;
    }

    public Review getReview() {
        return review;
    }

    public BriefingTemplate getTemplate() {
        return template;
    }

    public String getMeetingName() {
        return meetingName;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getAuthor() {
        return author;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public String getSubject() {
        return subject;
    }

    public BriefingStatus getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public List<BriefingSection> getSections() {
        return Collections.unmodifiableList(sections);
    }
}
