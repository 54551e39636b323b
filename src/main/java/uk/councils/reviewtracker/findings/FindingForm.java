package uk.councils.reviewtracker.findings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record FindingForm(
        Long themeId,
        @NotNull(message = "{finding.kind.required}") FindingKind kind,
        @NotNull(message = "{finding.detail.required}") FindingDetail detail,
        @Size(max = 300, message = "{field.tooLong}") String heading,
        @NotBlank(message = "{finding.text.required}") @Size(max = 4000, message = "{field.tooLong}") String text) {

    static FindingForm empty() {
        return new FindingForm(null, FindingKind.STRENGTH, FindingDetail.DETAILED, "", "");
    }

    static FindingForm of(Finding finding) {
        return new FindingForm(finding.getTheme() == null ? null : finding.getTheme().getId(), finding.getKind(),
                finding.getDetail(), finding.getHeading(), finding.getText());
    }

    FindingDetails details() {
        return new FindingDetails(themeId, kind, detail, heading == null || heading.isBlank() ? null : heading.strip(),
                text.strip());
    }
}
