package uk.councils.reviewtracker.briefings;

import java.time.LocalDate;

/** The meeting a briefing is for, and who writes it. */
public record BriefingDetails(BriefingTemplate template, String meetingName, LocalDate meetingDate, String author,
                              String addressedTo, String subject) {
}
