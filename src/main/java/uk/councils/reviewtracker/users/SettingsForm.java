package uk.councils.reviewtracker.users;

/** A person's own settings. */
class SettingsForm {

    private boolean digestEnabled;

    public SettingsForm() {
    }

    static SettingsForm of(User user) {
        SettingsForm form = new SettingsForm();
        form.digestEnabled = user.isDigestEnabled();
        return form;
    }

    public boolean isDigestEnabled() {
        return digestEnabled;
    }

    public void setDigestEnabled(boolean digestEnabled) {
        this.digestEnabled = digestEnabled;
    }
}
