package uk.councils.reviewtracker.users;

import java.time.Instant;

/**
 * One kind of digest for one person: when it last went out (null if never), and when the latest attempt failed
 * if it failed after that. {@code kind} names the message {@code digest.kind.KIND}.
 */
public record DigestSent(String kind, Instant lastSentAt, Instant lastFailedAt) {

    public boolean failedSinceLastSent() {
        return lastFailedAt != null && (lastSentAt == null || lastFailedAt.isAfter(lastSentAt));
    }
}
