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
 * which its source passage is kept for the draft page.
 */
record LetterDraft(String fileName, LetterExtraction extraction, Map<String, Passage> passages)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = LetterDraft.class.getName();

    static LetterDraft of(String fileName, LetterExtraction extraction) {
        Map<String, Passage> passages = new HashMap<>();
        extraction.sources().forEach((field, list) -> {
            for (int i = 0; i < list.size(); i++) {
                passages.put(key(field, i), list.get(i));
            }
        });
        return new LetterDraft(fileName, extraction, Collections.unmodifiableMap(passages));
    }

    static String key(String field, int index) {
        return field + "." + index;
    }

    List<String> notes() {
        return extraction.notes();
    }
}
