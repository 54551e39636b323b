package uk.councils.reviewtracker.reviews;

import java.time.LocalDate;

/** What describes a review, whether typed into the form or loaded from a letter. */
public record ReviewDetails(String organisationName, ReviewType reviewType, String title, String fieldworkDates,
                            LocalDate fieldworkStart, LocalDate fieldworkEnd, LocalDate letterDate,
                            String reviewLead, String reviewLeadRole, String reviewTeam, Long frameworkId,
                            ReviewStatus status, int reportingIntervalWeeks) {
}
