package uk.councils.reviewtracker.reminders;

import java.util.List;

/** A group of actions in a digest: by reason in a lead's digest, by review (the title) in a manager's. */
record DigestSection(DigestReason reason, String title, List<DigestItem> items) {
}
