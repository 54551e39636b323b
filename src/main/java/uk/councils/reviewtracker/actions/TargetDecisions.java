package uk.councils.reviewtracker.actions;

import java.util.List;

/** What came of deciding several requested target dates: how many were, and the texts of those that had changed. */
public record TargetDecisions(int decided, List<String> changed) {
}
