package uk.councils.reviewtracker.letters;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What a review letter says, proposed by {@link LetterExtractor} for a manager to check. The JSON names are those of
 * the hand-checked ground-truth files in {@code ../shared/ground-truth}, so an extraction and its answer compare
 * field by field. {@code sources} holds, for each list field, the passage each entry was read from, in the same order.
 * {@code notes} say how something was read; {@code warnings} say what the letter seemed to lack, one sentence per
 * section that gave nothing ("No recommendations were found: check the letter's recommendations section"), so that
 * the draft page and the JSON endpoint are never silent about it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LetterExtraction(String organisation, String reviewType, String title, String fieldworkOrReviewDates,
                               String letterOrReportDate, String reviewerLead, String reviewerRoleOrg,
                               List<String> frameworkThemes, List<LineOfEnquiry> linesOfEnquiry,
                               List<String> summaryStrengths, List<String> summaryAreasForConsideration,
                               List<DetailedFinding> detailedFindings, List<Priority> prioritiesOrRecommendations,
                               String sourceFile, List<String> notes, Map<String, String> warnings,
                               Map<String, List<Passage>> sources)
        implements Serializable {

    public static final String STRENGTH = "strength";
    public static final String AREA_FOR_CONSIDERATION = "area_for_consideration";

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LineOfEnquiry(String question, String findingSummary) implements Serializable {
    }

    /** {@code kind} is {@value #STRENGTH} or {@value #AREA_FOR_CONSIDERATION}; {@code theme} the heading as written. */
    public record DetailedFinding(String theme, String kind, String text) implements Serializable {
    }

    public record Priority(String ref, String text, String group) implements Serializable {
    }

    /**
     * Where an entry came from: the block or blocks of the letter it was read from and what they say as written.
     * {@code firstLine} and {@code lastLine} count from 1: lines of the file for a text letter, blocks of the document
     * for Word and PDF letters, which have no lines of their own.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Passage(int firstLine, int lastLine, String text) implements Serializable {
    }
}
