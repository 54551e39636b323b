package uk.councils.reviewtracker.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/**
 * An entity people edit through a form that carries the version they opened: saving over an older version is a
 * conflict, checked here when the form is saved and by the database's optimistic lock when two saves meet.
 */
@MappedSuperclass
public abstract class VersionedEntity extends AuditedEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    /** Refuses a change made on a form opened at another version: someone else saved in between. */
    public void checkVersion(long seen) {
        if (version != seen) {
            throw new ConcurrentEditException(Hibernate.getClass(this).getSimpleName(), getId());
        }
    }
}
