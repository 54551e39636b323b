package uk.councils.reviewtracker.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.councils.reviewtracker.actions.Action;
import uk.councils.reviewtracker.actions.ActionDetails;
import uk.councils.reviewtracker.actions.ActionService;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingDetails;
import uk.councils.reviewtracker.findings.FindingKind;
import uk.councils.reviewtracker.findings.FindingService;
import uk.councils.reviewtracker.recommendations.RecommendationDetails;
import uk.councils.reviewtracker.recommendations.RecommendationService;
import uk.councils.reviewtracker.support.Fixtures;
import uk.councils.reviewtracker.support.IntegrationTest;

/**
 * Every paper reads right whatever the plan holds: none, one or many of each thing (findings, recommendations,
 * actions, actions behind, actions due, changes since the last issued briefing).
 */
@IntegrationTest
class BriefingWordingTest {

    private static final LocalDate MEETING = LocalDate.now().plusDays(14);

    @Autowired
    Fixtures fixtures;
    @Autowired
    FindingService findings;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    ActionService actions;
    @Autowired
    BriefingService briefings;
    @Autowired
    BriefingContent content;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void everyPaperReadsRightForNoneOneAndMany(int count) {
        Long reviewId = aReviewWith(count);
        for (BriefingTemplate template : BriefingTemplate.values()) {
            Briefing briefing = briefings.create(reviewId, new BriefingDetails(template, "Test panel", MEETING,
                    "Morgan Manager", "Members", null));
            List<BriefingContent.Block> blocks = content.blocks(briefings.document(briefings.get(briefing.getId())));
            String text = text(blocks);
            String where = template + " with " + count;

            assertThat(text).as(where).doesNotContainPattern("\\b1 (are|actions|recommendations|strengths|areas"
                    + "|target dates|have)\\b").doesNotContainPattern("\\b0 ").doesNotContain("attached");
            assertThat(blocks).as(where).filteredOn(b -> b instanceof BriefingContent.Heading h && h.level() == 1)
                    .hasSize(1);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof BriefingContent.Heading heading) {
                    assertThat(i + 1).as(where + ": empty heading " + heading.text()).isLessThan(blocks.size());
                    assertThat(blocks.get(i + 1) instanceof BriefingContent.Heading next && next.level() <= heading
                            .level()).as(where + ": empty heading " + heading.text()).isFalse();
                }
            }
            List<String> bodies = blocks.stream().filter(b -> b instanceof BriefingContent.Text)
                    .map(b -> ((BriefingContent.Text) b).text()).toList();
            assertThat(bodies).as(where + ": a sentence said twice").doesNotHaveDuplicates();
            if (template.isShowsProgress() && count > 0) {
                assertThat(text).as(where).contains("Deliver action 1 of recommendation 1");
            }
            if (template == BriefingTemplate.COMMITTEE_REPORT) {
                assertThat(headings(blocks)).as(where).containsSubsequence("Purpose of the report",
                        "Recommendations to the committee", "Background", "Progress against the plan",
                        "Next steps", "Implications", "Background papers", "Contact officer");
            }
            briefings.issue(briefing.getId(), "manager");
        }
    }

    /** count findings of each kind, recommendations, actions a recommendation, of which one behind and one due. */
    private Long aReviewWith(int count) {
        Long reviewId = fixtures.newReview().getId();
        for (int i = 1; i <= count; i++) {
            findings.add(reviewId, new FindingDetails(null, FindingKind.STRENGTH, FindingDetail.SUMMARY, null,
                    "Strength " + i));
            findings.add(reviewId, new FindingDetails(null, FindingKind.AREA_FOR_CONSIDERATION,
                    FindingDetail.SUMMARY, null, "Area " + i));
            Long rec = recommendations.add(reviewId, new RecommendationDetails(String.valueOf(i),
                    "Recommendation text " + i, null, null, List.of(), null)).getId();
            for (int a = 1; a <= count; a++) {
                LocalDate target = a == 1 ? LocalDate.now().minusDays(3) : MEETING.plusDays(30L * a);
                Action action = actions.add(rec, new ActionDetails("Deliver action " + a + " of recommendation " + i,
                        null, null, null, TargetDate.day(target), null, null, ActionStatus.NOT_STARTED, null),
                        "Test");
                if (a == 1) {
                    actions.recordProgress(action.getId(), ActionStatus.IN_PROGRESS, "Waiting for data", "Olu",
                            Instant.now());
                }
            }
        }
        return reviewId;
    }

    private static List<String> headings(List<BriefingContent.Block> blocks) {
        return blocks.stream().filter(b -> b instanceof BriefingContent.Heading)
                .map(b -> ((BriefingContent.Heading) b).text()).toList();
    }

    private static String text(BriefingContent.Block block) {
        if (block instanceof BriefingContent.Heading heading) {
            return heading.text();
        }
        if (block instanceof BriefingContent.Text text) {
            return text.text();
        }
        if (block instanceof BriefingContent.Appendix appendix) {
            return appendix.text();
        }
        BriefingContent.Table table = (BriefingContent.Table) block;
        return table.caption() + "\n" + String.join(" | ", table.headers()) + "\n"
                + table.rows().stream().map(row -> String.join(" | ", row)).collect(Collectors.joining("\n"));
    }

    private static String text(List<BriefingContent.Block> blocks) {
        return blocks.stream().map(BriefingWordingTest::text).collect(Collectors.joining("\n"));
    }
}
