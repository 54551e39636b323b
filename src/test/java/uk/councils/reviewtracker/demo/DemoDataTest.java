package uk.councils.reviewtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.councils.reviewtracker.findings.Finding;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.findings.ThemeFindings;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.reviews.Review;
import uk.councils.reviewtracker.reviews.ReviewService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

@IntegrationTest
class DemoDataTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    FindingService findings;
    @Autowired
    RecommendationService recommendations;

    @Test
    void walsallShowsItsFiveThemesWith36StrengthsAnd32Areas() {
        Review walsall = fixtures.review(Fixtures.WALSALL);
        List<ThemeFindings> themes = findings.byTheme(walsall);

        assertThat(themes).extracting(ThemeFindings::heading).containsExactly("Outcomes",
                "Vision, strategy and leadership", "Service delivery and effective practice",
                "Working together and the safeguarding board", "Managing resources");
        assertThat(themes.stream().mapToInt(theme -> theme.strengths().size()).sum()).isEqualTo(36);
        assertThat(themes.stream().mapToInt(theme -> theme.areas().size()).sum()).isEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"walsall-2012-peer-review.json", "thurrock-2010-peer-review.json",
            "thurrock-2020-independent-review.json", "shropshire-2012-peer-review.json"})
    void everySeedReviewIsLoadedAsTheGroundTruthDescribesIt(String file) throws IOException {
        JsonNode truth = read(file);
        Review review = reviews.all().stream()
                .filter(r -> r.getOrganisation().getName().equals(truth.get("organisation").asString()))
                .filter(r -> r.getTitle().equals(truth.get("title").asString()))
                .filter(r -> r.getCreatedBy().equals("system"))
                .findFirst().orElseThrow();
        List<Finding> all = findings.forReview(review.getId());

        assertThat(reviews.linesOfEnquiry(review.getId())).hasSize(truth.get("lines_of_enquiry").size());
        assertThat(count(all, FindingDetail.SUMMARY, true)).isEqualTo(truth.get("summary_strengths").size());
        assertThat(count(all, FindingDetail.SUMMARY, false))
                .isEqualTo(truth.get("summary_areas_for_consideration").size());
        assertThat(count(all, FindingDetail.DETAILED, true) + count(all, FindingDetail.DETAILED, false))
                .isEqualTo(truth.get("detailed_findings").size());
        int expectedRecommendations = truth.get("priorities_or_recommendations").isEmpty()
                ? truth.get("summary_areas_for_consideration").size()
                : truth.get("priorities_or_recommendations").size();
        assertThat(recommendations.forReview(review.getId())).hasSize(expectedRecommendations);
        assertThat(review.getFramework() == null ? 0 : 1)
                .isEqualTo(truth.get("framework_themes").isEmpty() ? 0 : 1);
    }

    private static long count(List<Finding> findings, FindingDetail detail, boolean strength) {
        return findings.stream().filter(f -> f.getDetail() == detail && f.isStrength() == strength).count();
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
