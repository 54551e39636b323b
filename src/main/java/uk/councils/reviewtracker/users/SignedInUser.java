package uk.councils.reviewtracker.users;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session: enough to show the header and check permissions without a query. */
public record SignedInUser(Long id, String username, String displayName, Role role, Long agencyId,
                           String passwordHash, boolean enabled)
        implements UserDetails, Serializable {

    static SignedInUser of(User user) {
        Long agencyId = user.getAgency() == null ? null : user.getAgency().getId();
        return new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), agencyId,
                user.getPasswordHash(), user.isEnabled());
    }

    /** The same person without the password hash: what the session keeps once they have signed in. */
    public SignedInUser withoutPassword() {
        return new SignedInUser(id, username, displayName, role, agencyId, null, enabled);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash in logs. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
