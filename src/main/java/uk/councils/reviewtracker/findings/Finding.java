package uk.councils.reviewtracker.findings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import uk.councils.reviewtracker.common.AuditedEntity;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.reviews.Review;

/** A strength or an area for consideration the review team reported, under a theme of the review's framework. */
@Entity
public class Finding extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Review review;

    @ManyToOne(fetch = FetchType.LAZY)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FindingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FindingDetail detail;

    /** The heading as the letter wrote it, kept when it names no theme of the framework ("Overall strengths"). */
    @Column(length = 300)
    private String heading;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false)
    private int position;

    protected Finding() {
    }

    Finding(Review review, int position) {
        this.review = review;
        this.position = position;
    }

    void describe(Theme theme, FindingKind kind, FindingDetail detail, String heading, String text) {
        this.theme = theme;
        this.kind = kind;
        this.detail = detail;
        this.heading = heading;
        this.text = text;
    }

    public Review getReview() {
        return review;
    }

    public Theme getTheme() {
        return theme;
    }

    public FindingKind getKind() {
        return kind;
    }

    public FindingDetail getDetail() {
        return detail;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }

    public boolean isStrength() {
        return kind == FindingKind.STRENGTH;
    }
}
