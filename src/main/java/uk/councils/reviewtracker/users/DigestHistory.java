package uk.councils.reviewtracker.users;

import java.util.List;
import java.util.Map;

/**
 * When each person's reminder digests were last sent. The reminders feature keeps the record and implements this,
 * so the users pages can show it without depending on that feature.
 */
public interface DigestHistory {

    /** Per user id, one entry per kind of digest they have been sent or were due. */
    Map<Long, List<DigestSent>> byUser();
}
