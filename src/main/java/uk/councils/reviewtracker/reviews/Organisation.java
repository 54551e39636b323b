package uk.councils.reviewtracker.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import uk.councils.reviewtracker.common.AuditedEntity;

/** The council (or partnership) that was reviewed and owns the improvement plan. */
@Entity
public class Organisation extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    protected Organisation() {
    }

    public Organisation(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
