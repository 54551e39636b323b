package uk.councils.reviewtracker.letters;

/** What an item of a draft review becomes when the manager confirms it. */
enum DraftItemKind {
    LINE_OF_ENQUIRY,
    STRENGTH,
    AREA_FOR_CONSIDERATION,
    RECOMMENDATION;

    boolean isFinding() {
        return this == STRENGTH || this == AREA_FOR_CONSIDERATION;
    }
}
