package uk.councils.reviewtracker.recommendations;

import java.util.List;

/** What describes a recommendation, whether typed into the form or loaded from a letter. */
public record RecommendationDetails(String ref, String text, String groupHeading, String source,
                                    List<Long> findingIds, CouncilResponse response, Long themeId) {

    /** Without a theme of its own: its theme, if any, comes from the findings it answers. */
    public RecommendationDetails(String ref, String text, String groupHeading, String source, List<Long> findingIds,
                                 CouncilResponse response) {
        this(ref, text, groupHeading, source, findingIds, response, null);
    }
}
