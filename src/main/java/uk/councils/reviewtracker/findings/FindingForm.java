package uk.councils.reviewtracker.findings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.councils.reviewtracker.common.Text;

class FindingForm {

    private Long themeId;
    @NotNull(message = "{finding.kind.required}")
    private FindingKind kind;
    @NotNull(message = "{finding.detail.required}")
    private FindingDetail detail;
    @Size(max = 300, message = "{field.tooLong}")
    private String heading;
    @NotBlank(message = "{finding.text.required}")
    @Size(max = 4000, message = "{field.tooLong}")
    private String text;

    public FindingForm() {
    }

    FindingForm(Long themeId, FindingKind kind, FindingDetail detail, String heading, String text) {
        this.themeId = themeId;
        this.kind = kind;
        this.detail = detail;
        this.heading = heading;
        this.text = text;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public FindingKind getKind() {
        return kind;
    }

    public void setKind(FindingKind kind) {
        this.kind = kind;
    }

    public FindingDetail getDetail() {
        return detail;
    }

    public void setDetail(FindingDetail detail) {
        this.detail = detail;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    static FindingForm empty() {
        return new FindingForm(null, FindingKind.STRENGTH, FindingDetail.DETAILED, "", "");
    }

    static FindingForm of(Finding finding) {
        return new FindingForm(finding.getTheme() == null ? null : finding.getTheme().getId(), finding.getKind(),
                finding.getDetail(), finding.getHeading(), finding.getText());
    }

    FindingDetails details() {
        return new FindingDetails(themeId, kind, detail, Text.blankToNull(heading),
                text.strip());
    }
}
