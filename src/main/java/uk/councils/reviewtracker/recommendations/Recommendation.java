package uk.councils.reviewtracker.recommendations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.councils.reviewtracker.common.Text;
import uk.councils.reviewtracker.common.VersionedEntity;
import uk.councils.reviewtracker.findings.Finding;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.reviews.Review;

/** A recommendation or priority of a review, with the reference as printed ("R14", "3", "(2)"). */
@Entity
public class Recommendation extends VersionedEntity {

    /** How many characters of the text a list of actions shows. */
    public static final int SHORT_TEXT = 80;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Review review;

    @Column(length = 20)
    private String ref;

    @Column(nullable = false, length = 4000)
    private String text;

    /** The priority or group heading the letter lists it under, if any. */
    @Column(length = 300)
    private String groupHeading;

    /** Which review or inspection it came from, when a plan gathers several. */
    @Column(length = 300)
    private String source;

    /** The theme of the review's framework it falls under, if the council says so. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Theme theme;

    @Column(nullable = false)
    private int position;

    @Embedded
    private CouncilResponse response;

    @ManyToMany
    @JoinTable(name = "recommendation_finding",
            joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "finding_id"))
    private Set<Finding> findings = new LinkedHashSet<>();

    protected Recommendation() {
    }

    Recommendation(Review review, int position) {
        this.review = review;
        this.position = position;
    }

    void describe(String ref, String text, String groupHeading, String source, Collection<Finding> answers) {
        this.ref = ref;
        this.text = text;
        this.groupHeading = groupHeading;
        this.source = source;
        this.findings.clear();
        this.findings.addAll(answers);
    }

    void placeUnder(Theme theme) {
        this.theme = theme;
    }

    void respond(CouncilResponse response) {
        this.response = response == null || response.type() == null ? null : response;
    }

    public Review getReview() {
        return review;
    }

    public String getRef() {
        return ref;
    }

    public String getText() {
        return text;
    }

    /** The text as lists of actions show it, on one line and cut at a word; the recommendation's page shows it all. */
    public String getShortText() {
        return Text.shortened(text, SHORT_TEXT);
    }

    public String getGroupHeading() {
        return groupHeading;
    }

    public String getSource() {
        return source;
    }

    public Theme getTheme() {
        return theme;
    }

    public int getPosition() {
        return position;
    }

    public CouncilResponse getResponse() {
        return response;
    }

    public Set<Finding> getFindings() {
        return Collections.unmodifiableSet(findings);
    }
}
