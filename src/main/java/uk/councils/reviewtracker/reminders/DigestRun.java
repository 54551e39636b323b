package uk.councils.reviewtracker.reminders;

/** What one run of the digest job did: sent, failed (tried again next run), and left to another run or instance. */
public record DigestRun(int sent, int failed, int skipped) {
}
