package uk.councils.reviewtracker.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import uk.councils.reviewtracker.common.AuditedEntity;

record RecommendationForm(
        @Size(max = 20, message = "{field.tooLong}") String ref,
        @NotBlank(message = "{recommendation.text.required}") @Size(max = 4000, message = "{field.tooLong}")
        String text,
        @Size(max = 300, message = "{field.tooLong}") String groupHeading,
        @Size(max = 300, message = "{field.tooLong}") String source,
        List<Long> findingIds,
        ResponseType responseType,
        @DateTimeFormat(iso = ISO.DATE) LocalDate responseDate,
        @Size(max = 200, message = "{field.tooLong}") String respondedBy,
        @Size(max = 4000, message = "{field.tooLong}") String rationale,
        long version) {

    static RecommendationForm empty() {
        return new RecommendationForm("", "", "", "", List.of(), null, null, "", "", 0);
    }

    static RecommendationForm of(Recommendation recommendation) {
        CouncilResponse response = recommendation.getResponse();
        return new RecommendationForm(recommendation.getRef(), recommendation.getText(),
                recommendation.getGroupHeading(), recommendation.getSource(),
                recommendation.getFindings().stream().map(AuditedEntity::getId).toList(),
                response == null ? null : response.type(), response == null ? null : response.date(),
                response == null ? null : response.respondedBy(), response == null ? null : response.rationale(),
                recommendation.getVersion());
    }

    boolean responseWithoutDate() {
        return responseType != null && responseDate == null;
    }

    /** A recommendation not simply accepted needs its reason written down for scrutiny. */
    boolean responseWithoutRationale() {
        return (responseType == ResponseType.REJECTED || responseType == ResponseType.PARTIALLY_ACCEPTED)
                && (rationale == null || rationale.isBlank());
    }

    RecommendationDetails details() {
        CouncilResponse response = responseType == null ? null
                : new CouncilResponse(responseType, responseDate, blankToNull(respondedBy), blankToNull(rationale));
        return new RecommendationDetails(blankToNull(ref), text.strip(), blankToNull(groupHeading),
                blankToNull(source), findingIds, response);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
