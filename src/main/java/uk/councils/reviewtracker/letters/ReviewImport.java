package uk.councils.reviewtracker.letters;

import java.time.LocalDate;
import java.util.List;
import uk.councils.reviewtracker.reviews.ReviewType;

/**
 * A draft review the manager confirmed: its particulars, its framework (an existing one by id, a new one by name and
 * themes, or none) and its items in order. A finding with no theme belongs to the summary.
 */
record ReviewImport(String organisationName, ReviewType reviewType, String title, String fieldworkDates,
                    LocalDate letterDate, String reviewLead, String reviewLeadRole, Long frameworkId,
                    String newFrameworkName, List<String> newFrameworkThemes, List<Item> items, String fileName) {

    record Item(DraftItemKind kind, String theme, String text, String ref, String group, String findingSummary) {
    }

    long count(DraftItemKind kind) {
        return items.stream().filter(item -> item.kind() == kind).count();
    }
}
