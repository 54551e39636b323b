package uk.councils.reviewtracker.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import uk.councils.reviewtracker.common.AuditedEntity;

/** A key line of enquiry (KLOE) the council asked the review team to explore, and what they found. */
@Entity
public class LineOfEnquiry extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Review review;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(length = 4000)
    private String findingSummary;

    @Column(nullable = false)
    private int position;

    protected LineOfEnquiry() {
    }

    LineOfEnquiry(Review review, String question, String findingSummary, int position) {
        this.review = review;
        this.question = question;
        this.findingSummary = findingSummary;
        this.position = position;
    }

    void reword(String question, String findingSummary) {
        this.question = question;
        this.findingSummary = findingSummary;
    }

    public Review getReview() {
        return review;
    }

    public String getQuestion() {
        return question;
    }

    public String getFindingSummary() {
        return findingSummary;
    }

    public int getPosition() {
        return position;
    }
}
