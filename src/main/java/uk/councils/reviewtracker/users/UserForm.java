package uk.councils.reviewtracker.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import uk.councils.reviewtracker.common.Text;

/** An administrator's form for a person: who they are, what they may do, and perhaps a new password. */
class UserForm {

    @NotBlank(message = "{user.username.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.characters}")
    private String username;
    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String displayName;
    @Email(message = "{user.email.invalid}")
    @Size(max = 320, message = "{field.tooLong}")
    private String email;
    /** The least a person can usefully do: officers update the actions they lead. */
    @NotNull(message = "{user.role.required}")
    private Role role = Role.OFFICER;
    private Long agencyId;
    private boolean enabled = true;
    @Size(max = 200, message = "{field.tooLong}")
    private String password;

    public UserForm() {
    }

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        form.role = user.getRole();
        form.agencyId = user.getAgency() == null ? null : user.getAgency().getId();
        form.enabled = user.isEnabled();
        return form;
    }

    /** A new person needs a password; an existing one keeps theirs unless a new one is typed. */
    void checkPassword(boolean required, Errors errors) {
        boolean blank = password == null || password.isEmpty();
        if (blank) {
            if (required) {
                errors.rejectValue("password", "user.password.required");
            }
            return;
        }
        PasswordPolicy.check(password, username)
                .ifPresent(problem -> errors.rejectValue("password", problem.messageKey()));
    }

    PersonDetails details() {
        return new PersonDetails(username.strip(), displayName.strip(), Text.blankToNull(email), role, agencyId,
                enabled, password == null || password.isEmpty() ? null : password);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
