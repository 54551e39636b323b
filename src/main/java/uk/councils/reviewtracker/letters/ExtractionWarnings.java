package uk.councils.reviewtracker.letters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the draft says when a section of the letter gave nothing: the manager is told where to look. Each warning
 * is keyed by the field it is about, as the ground-truth files name them; the one about the summary, which covers
 * both summary lists, by {@code summary_strengths}.
 */
final class ExtractionWarnings {

    private ExtractionWarnings() {
    }

    static Map<String, String> of(boolean noThemes, boolean noEnquiries, boolean noSummary, boolean noDetailed,
                                  boolean noRecommendations) {
        Map<String, String> warnings = new LinkedHashMap<>();
        if (noThemes) {
            warnings.put("framework_themes",
                    "No themes were found: check the letter's introduction or the headings of its findings.");
        }
        if (noEnquiries) {
            warnings.put("lines_of_enquiry",
                    "No lines of enquiry were found: check the scope or key lines of enquiry the letter sets out.");
        }
        if (noSummary) {
            warnings.put("summary_strengths",
                    "No summary strengths or areas for consideration were found: check the letter's summary.");
        }
        if (noDetailed) {
            warnings.put("detailed_findings",
                    "No detailed findings were found: check the letter's findings per theme.");
        }
        if (noRecommendations) {
            warnings.put("priorities_or_recommendations",
                    "No recommendations were found: check the letter's recommendations section.");
        }
        return Collections.unmodifiableMap(warnings);
    }
}
