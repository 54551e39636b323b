package uk.councils.reviewtracker.findings;

import java.util.List;

/** A review's findings as its page shows them: the summary lists, then the detailed findings theme by theme. */
public record FindingsOverview(List<Finding> summaryStrengths, List<Finding> summaryAreas, List<ThemeFindings> themes) {
}
