package uk.councils.reviewtracker.frameworks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import uk.councils.reviewtracker.common.AuditedEntity;

/** One heading of a framework ("signpost"), in the order the framework lists them. */
@Entity
public class Theme extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Framework framework;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    Theme(Framework framework, String name, int position) {
        this.framework = framework;
        this.name = name;
        this.position = position;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
