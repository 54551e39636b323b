package uk.councils.reviewtracker.briefings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import uk.councils.reviewtracker.common.AuditedEntity;

/** One narrative section of a briefing, written by its author. */
@Entity
public class BriefingSection extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Briefing briefing;

    @Column(name = "section_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false, length = 200)
    private String heading;

    @Column(length = 10000)
    private String body;

    @Column(nullable = false)
    private int position;

    protected BriefingSection() {
    }

    BriefingSection(Briefing briefing, String key, String heading, String body, int position) {
        this.briefing = briefing;
        this.key = key;
        this.heading = heading;
        this.body = body;
        this.position = position;
    }

    void rewrite(String body) {
        this.body = body;
    }

    public String getKey() {
        return key;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public int getPosition() {
        return position;
    }
}
