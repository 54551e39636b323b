package uk.councils.reviewtracker.actions;

/**
 * One line of a review's plan as dashboards, briefings and exports show it: the action with its rating, the theme
 * and group of its recommendation (empty when none), and its latest progress note (null when none).
 */
public record PlanRow(RatedAction rated, String theme, String group, ProgressUpdate latestNote) {

    public static final String NONE = "";

    public Action action() {
        return rated.action();
    }

    public Rag rag() {
        return rated.rag();
    }

    public boolean overdue() {
        return rated.pastTarget();
    }

    public boolean stale() {
        return rated.stale();
    }
}
