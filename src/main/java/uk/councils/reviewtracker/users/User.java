package uk.councils.reviewtracker.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.councils.reviewtracker.common.AuditedEntity;

@Entity
@Table(name = "app_user")
public class User extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Agency agency;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Whether this person wants the reminder digest by email; they switch it off themselves. */
    @Column(nullable = false)
    private boolean digestEnabled = true;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDigestEnabled() {
        return digestEnabled;
    }

    void setDigestEnabled(boolean digestEnabled) {
        this.digestEnabled = digestEnabled;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
