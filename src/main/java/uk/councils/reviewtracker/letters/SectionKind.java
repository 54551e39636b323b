package uk.councils.reviewtracker.letters;

/** The kinds of section a letter's heading can open, as the reader tells them apart. */
enum SectionKind {
    STRENGTHS, AREAS_FOR_CONSIDERATION, RECOMMENDATIONS, LINES_OF_ENQUIRY, THEMES
}
