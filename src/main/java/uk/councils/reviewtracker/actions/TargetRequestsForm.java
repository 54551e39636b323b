package uk.councils.reviewtracker.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's decision on requested target dates from the plan: the button pressed says approve or decline and
 * which (one action's id, or "selected" for the ticked ones); each request carries the version the manager saw.
 */
class TargetRequestsForm {

    static final String SELECTED = "selected";

    private List<Long> selected = new ArrayList<>();
    private Map<Long, Long> versions = new HashMap<>();
    private String approve;
    private String decline;

    boolean approving() {
        return approve != null;
    }

    /** The chosen actions with the version each was seen at; empty when none was chosen. */
    Map<Long, Long> chosen() {
        String button = approving() ? approve : decline;
        List<Long> ids = button == null ? List.of()
                : SELECTED.equals(button) ? selected : button.matches("\\d{1,18}") ? List.of(Long.valueOf(button))
                : List.of();
        Map<Long, Long> chosen = new HashMap<>();
        ids.forEach(id -> chosen.put(id, versions.get(id)));
        return chosen;
    }

    public List<Long> getSelected() {
        return selected;
    }

    public void setSelected(List<Long> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public Map<Long, Long> getVersions() {
        return versions;
    }

    public void setVersions(Map<Long, Long> versions) {
        this.versions = versions == null ? new HashMap<>() : versions;
    }

    public String getApprove() {
        return approve;
    }

    public void setApprove(String approve) {
        this.approve = approve;
    }

    public String getDecline() {
        return decline;
    }

    public void setDecline(String decline) {
        this.decline = decline;
    }
}
