package uk.councils.reviewtracker.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import uk.councils.reviewtracker.common.AuditedEntity;
import uk.councils.reviewtracker.common.Text;

class RecommendationForm {

    @Size(max = 20, message = "{field.tooLong}")
    private String ref;
    @NotBlank(message = "{recommendation.text.required}")
    @Size(max = 4000, message = "{field.tooLong}")
    private String text;
    @Size(max = 300, message = "{field.tooLong}")
    private String groupHeading;
    @Size(max = 300, message = "{field.tooLong}")
    private String source;
    private List<Long> findingIds;
    private ResponseType responseType;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate responseDate;
    @Size(max = 200, message = "{field.tooLong}")
    private String respondedBy;
    @Size(max = 4000, message = "{field.tooLong}")
    private String rationale;
    private long version;
    private Long themeId;

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public RecommendationForm() {
    }

    RecommendationForm(String ref,
            String text,
            String groupHeading,
            String source,
            List<Long> findingIds,
            ResponseType responseType,
            LocalDate responseDate,
            String respondedBy,
            String rationale,
            long version) {
        this.ref = ref;
        this.text = text;
        this.groupHeading = groupHeading;
        this.source = source;
        this.findingIds = findingIds;
        this.responseType = responseType;
        this.responseDate = responseDate;
        this.respondedBy = respondedBy;
        this.rationale = rationale;
        this.version = version;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getGroupHeading() {
        return groupHeading;
    }

    public void setGroupHeading(String groupHeading) {
        this.groupHeading = groupHeading;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<Long> getFindingIds() {
        return findingIds;
    }

    public void setFindingIds(List<Long> findingIds) {
        this.findingIds = findingIds;
    }

    public ResponseType getResponseType() {
        return responseType;
    }

    public void setResponseType(ResponseType responseType) {
        this.responseType = responseType;
    }

    public LocalDate getResponseDate() {
        return responseDate;
    }

    public void setResponseDate(LocalDate responseDate) {
        this.responseDate = responseDate;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public void setRespondedBy(String respondedBy) {
        this.respondedBy = respondedBy;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    static RecommendationForm empty() {
        return new RecommendationForm("", "", "", "", List.of(), null, null, "", "", 0);
    }

    static RecommendationForm of(Recommendation recommendation) {
        CouncilResponse response = recommendation.getResponse();
        RecommendationForm form = new RecommendationForm(recommendation.getRef(), recommendation.getText(),
                recommendation.getGroupHeading(), recommendation.getSource(),
                recommendation.getFindings().stream().map(AuditedEntity::getId).toList(),
                response == null ? null : response.type(), response == null ? null : response.date(),
                response == null ? null : response.respondedBy(), response == null ? null : response.rationale(),
                recommendation.getVersion());
        form.themeId = recommendation.getTheme() == null ? null : recommendation.getTheme().getId();
        return form;
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
                : new CouncilResponse(responseType, responseDate, Text.blankToNull(respondedBy), Text.blankToNull(rationale));
        return new RecommendationDetails(Text.blankToNull(ref), text.strip(), Text.blankToNull(groupHeading),
                Text.blankToNull(source), findingIds, response, themeId);
    }
}
