package uk.councils.reviewtracker.findings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.councils.reviewtracker.common.Text;

/** What describes a finding, whether typed into its form or loaded from a letter. */
public record FindingDetails(
        Long themeId,
        @NotNull(message = "{finding.kind.required}") FindingKind kind,
        @NotNull(message = "{finding.detail.required}") FindingDetail detail,
        @Size(max = 300, message = "{field.tooLong}") String heading,
        @NotBlank(message = "{finding.text.required}") @Size(max = 4000, message = "{field.tooLong}") String text) {

    static FindingDetails empty() {
        return new FindingDetails(null, FindingKind.STRENGTH, FindingDetail.DETAILED, "", "");
    }

    static FindingDetails of(Finding finding) {
        return new FindingDetails(finding.getTheme() == null ? null : finding.getTheme().getId(), finding.getKind(),
                finding.getDetail(), finding.getHeading(), finding.getText());
    }

    /** As typed, without a blank heading or the spaces around the text. */
    FindingDetails tidied() {
        return new FindingDetails(themeId, kind, detail, Text.blankToNull(heading), text.strip());
    }
}
