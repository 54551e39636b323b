package uk.councils.reviewtracker.imports;

import jakarta.persistence.Column;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ProgressUpdate;
import uk.councils.reviewtracker.recommendations.Recommendation;
import uk.councils.reviewtracker.users.Agency;

/**
 * How many characters the database keeps of each text an import writes, read from the entities' own
 * {@code @Column(length)} so that the preview checks exactly what the database will enforce.
 */
enum StoredLengths {
    REF(Recommendation.class, "ref"),
    RECOMMENDATION(Recommendation.class, "text"),
    GROUP(Recommendation.class, "groupHeading"),
    SOURCE(Recommendation.class, "source"),
    ACTION(Action.class, "text"),
    OUTCOME(Action.class, "outcome"),
    MEASURE(Action.class, "successMeasure"),
    TIMESCALE(Action.class, "timescale"),
    LEAD(Action.class, "leadName"),
    AGENCY(Agency.class, "name"),
    NOTE(ProgressUpdate.class, "note");

    private final int length;

    StoredLengths(Class<?> entity, String field) {
        try {
            this.length = entity.getDeclaredField(field).getAnnotation(Column.class).length();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(entity.getSimpleName() + " has no field " + field, e);
        }
    }

    int length() {
        return length;
    }

    boolean fits(String text) {
        return text == null || text.length() <= length;
    }

    /**
     * The first characters that fit, never splitting a character that takes two UTF-16 units, without the
     * spaces a cut may leave at the end (a spreadsheet read again would not have them).
     */
    String cut(String text) {
        if (fits(text)) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end).stripTrailing();
    }
}
