package uk.councils.reviewtracker.demo;

import java.util.List;
import java.util.Map;

/**
 * Invented improvement plan lines for the demo (demo/plans.json): per seed file and recommendation ref, the
 * actions. Recommendations without an entry get the generic actions, so every review has a plan to look at.
 */
record DemoPlan(Map<String, Map<String, List<String>>> actions, List<String> genericActions, List<String> notes,
                Map<String, List<String>> themes) {

    List<String> actionsFor(String seedFile, String ref) {
        List<String> specific = actions.getOrDefault(seedFile, Map.of()).get(ref);
        return specific == null ? genericActions : specific;
    }

    /** The theme name of the recommendation at that index (from 0), or null if the plan names none. */
    String themeOf(String seedFile, int index) {
        List<String> names = themes.getOrDefault(seedFile, List.of());
        return index < names.size() ? names.get(index) : null;
    }
}
