package uk.councils.reviewtracker.findings;

import java.util.List;

/** One block of the review page: a theme (or the summary, or a heading outside the framework) and its findings. */
public record ThemeFindings(String heading, List<Finding> strengths, List<Finding> areas) {

    public int size() {
        return strengths.size() + areas.size();
    }
}
