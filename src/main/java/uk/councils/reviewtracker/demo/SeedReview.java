package uk.councils.reviewtracker.demo;

import java.util.List;

/** A review as the hand-checked ground-truth files describe it (snake_case JSON). */
record SeedReview(String organisation, String reviewType, String title, String fieldworkOrReviewDates,
                  String letterOrReportDate, String reviewerLead, String reviewerRoleOrg,
                  List<String> frameworkThemes, List<LineOfEnquiry> linesOfEnquiry, List<String> summaryStrengths,
                  List<String> summaryAreasForConsideration, List<DetailedFinding> detailedFindings,
                  List<Priority> prioritiesOrRecommendations) {

    record LineOfEnquiry(String question, String findingSummary) {
    }

    record DetailedFinding(String theme, String kind, String text) {
    }

    record Priority(String ref, String text, String group) {
    }
}
