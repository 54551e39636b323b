package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each rating has a colour of its own, and its tint keeps dark text readable in a spreadsheet cell. */
class RagTest {

    @Test
    void everyRatingHasItsOwnColourAndTint() {
        assertThat(Arrays.stream(Rag.values()).map(Rag::getTagClass).distinct()).hasSize(Rag.values().length);
        assertThat(Arrays.stream(Rag.values()).map(Rag::getTint).distinct()).hasSize(Rag.values().length);
        assertThat(Rag.AT_RISK.getChartClass()).isEqualTo("app-rag--yellow");
    }

    @Test
    void darkTextOnEveryTintHasAContrastAboveSevenToOne() {
        double text = luminance("0B0C0C");
        for (Rag rag : Rag.values()) {
            assertThat((luminance(rag.getTint()) + 0.05) / (text + 0.05)).as(rag.name()).isGreaterThan(7);
        }
    }

    /** WCAG relative luminance of an RGB hex colour. */
    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
