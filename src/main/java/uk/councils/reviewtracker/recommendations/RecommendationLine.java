package uk.councils.reviewtracker.recommendations;

/**
 * A recommendation as a plan's figures and lists read it, without loading it: its response, its group and the
 * name of the theme it falls under (its own, or else the first in framework order of the findings it answers;
 * null for neither).
 */
public record RecommendationLine(Long id, String ref, String text, String groupHeading, ResponseType responseType,
                                 String theme) {

    /** The response as the response tag shows it: its type alone, none when there is no response. */
    public CouncilResponse response() {
        return responseType == null ? null : new CouncilResponse(responseType, null, null, null);
    }
}
