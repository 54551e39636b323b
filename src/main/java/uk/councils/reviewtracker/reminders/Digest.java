package uk.councils.reviewtracker.reminders;

import java.util.List;

/** One email to one person: which kind, for which period, and the actions it lists. */
record Digest(Long userId, String email, String displayName, DigestKind kind, String period,
              List<DigestSection> sections) {

    int actionCount() {
        return sections.stream().mapToInt(section -> section.items().size()).sum();
    }
}
