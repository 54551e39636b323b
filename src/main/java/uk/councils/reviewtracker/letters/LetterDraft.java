package uk.councils.reviewtracker.letters;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.letters.LetterExtraction.Passage;

/**
 * A letter read but not yet confirmed, kept in the manager's HTTP session: nothing is in the review tables until
 * the manager confirms the draft. Each extracted item has a key (field and index, "detailed_findings.12") under
 * which its source passage is kept for the draft page. {@code form} is the draft as the manager last submitted it
 * (null until the first submit), kept even when it had errors, so that nothing typed is lost by going to another
 * page and coming back.
 */
record LetterDraft(String fileName, LetterExtraction extraction, Map<String, Passage> passages, DraftReviewForm form)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = LetterDraft.class.getName();

    static LetterDraft of(String fileName, LetterExtraction extraction) {
        Map<String, Passage> passages = new HashMap<>();
        extraction.sources().forEach((field, list) -> {
            for (int i = 0; i < list.size(); i++) {
                passages.put(key(field, i), list.get(i));
            }
        });
        return new LetterDraft(fileName, extraction, Collections.unmodifiableMap(passages), null);
    }

    LetterDraft withForm(DraftReviewForm edited) {
        return new LetterDraft(fileName, extraction, passages, edited);
    }

    static String key(String field, int index) {
        return field + "." + index;
    }

    List<String> notes() {
        return extraction.notes();
    }

    Map<String, String> warnings() {
        return extraction.warnings() == null ? Map.of() : extraction.warnings();
    }
}
