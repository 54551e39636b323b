package uk.councils.reviewtracker.findings;

/** What describes a finding, whether typed into the form or loaded from a letter. */
public record FindingDetails(Long themeId, FindingKind kind, FindingDetail detail, String heading, String text) {
}
