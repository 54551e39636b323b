package uk.councils.reviewtracker.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeMatcherTest {

    private static final Framework LGA = framework("Outcomes", "Vision, strategy and leadership",
            "Service delivery and effective practice", "Working together and the safeguarding board",
            "Managing resources");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vision, Strategy & Leadership | Vision, strategy and leadership",
            "Service Delivery & Effective practice | Service delivery and effective practice",
            "Working Together and WSCB | Working together and the safeguarding board",
            "MANAGING RESOURCES | Managing resources"})
    void matchesHeadingsWrittenLoosely(String heading, String theme) {
        assertThat(ThemeMatcher.match(heading, LGA.getThemes())).get().extracting(Theme::getName).isEqualTo(theme);
    }

    @ParameterizedTest
    @CsvSource({"Overall strengths", "Overall areas for further consideration", "''"})
    void leavesHeadingsOutsideTheFramework(String heading) {
        assertThat(ThemeMatcher.match(heading, LGA.getThemes())).isEmpty();
    }

    private static Framework framework(String... themes) {
        Framework framework = new Framework("test", null);
        List.of(themes).forEach(framework::addTheme);
        return framework;
    }
}
