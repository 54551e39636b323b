package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.List;

/** What the draft says when a section of the letter gave nothing: the manager is told where to look. */
final class ExtractionWarnings {

    private ExtractionWarnings() {
    }

    static List<String> of(boolean noThemes, boolean noEnquiries, boolean noSummary, boolean noDetailed,
                           boolean noRecommendations) {
        List<String> warnings = new ArrayList<>();
        if (noThemes) {
            warnings.add("No themes were found: check the letter's introduction or the headings of its findings.");
        }
        if (noEnquiries) {
            warnings.add("No lines of enquiry were found: check the scope or key lines of enquiry the letter sets out.");
        }
        if (noSummary) {
            warnings.add("No summary strengths or areas for consideration were found: check the letter's summary.");
        }
        if (noDetailed) {
            warnings.add("No detailed findings were found: check the letter's findings per theme.");
        }
        if (noRecommendations) {
            warnings.add("No recommendations were found: check the letter's recommendations section.");
        }
        return List.copyOf(warnings);
    }
}
