package uk.councils.reviewtracker.demo;

import java.util.List;
import java.util.Map;

/**
 * Invented improvement plan lines for the demo (demo/plans.json): per seed file and recommendation ref, the
 * actions. Recommendations without an entry get the generic actions, so every review has a plan to look at.
 */
record DemoPlan(Map<String, Map<String, List<String>>> actions, List<String> genericActions, List<String> notes) {

    List<String> actionsFor(String seedFile, String ref) {
        List<String> specific = actions.getOrDefault(seedFile, Map.of()).get(ref);
        return specific == null ? genericActions : specific;
    }
}
