package uk.councils.reviewtracker.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import uk.councils.reviewtracker.common.AuditedEntity;

/** A partner who leads actions: the council's own services, police, health, schools, the partnership. */
@Entity
public class Agency extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    protected Agency() {
    }

    public Agency(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
