package uk.councils.reviewtracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.actions.Rag;

/** Bars are to scale in per cent of the longest, and a count is printed on a segment only where it fits. */
class BarChartTest {

    private final BarChart chart = BarChart.of("By theme", "A bar for each theme", List.of("Outcomes", "Leadership"),
            List.of(Map.of(Rag.COMPLETE, 1, Rag.BEHIND_SCHEDULE, 39), Map.of(Rag.ON_SCHEDULE, 10)));

    @Test
    void theLongestBarIsTheWholeWidthAndTheOthersToScale() {
        BarChart.Bar longest = chart.bars().get(0);
        BarChart.Segment behind = longest.segments().get(1);
        assertThat(behind.x() + behind.width()).isEqualTo(100.0);
        assertThat(chart.bars().get(1).segments().get(0).width()).isEqualTo(25.0);
        assertThat(longest.total()).isEqualTo(40);
    }

    @Test
    void aCountGoesOnItsSegmentWhereItFitsAndIsAlwaysListedBesideTheBar() {
        BarChart.Segment one = chart.bars().get(0).segments().get(0);
        BarChart.Segment ten = chart.bars().get(1).segments().get(0);

        assertThat(one.rag()).isEqualTo(Rag.COMPLETE);
        assertThat(one.countFits()).isFalse();
        assertThat(one.countFitsWide()).isFalse();
        assertThat(ten.countFits()).isTrue();
    }

    @Test
    void segmentsFollowTheOrderOfTheKey() {
        assertThat(chart.bars().get(0).segments()).extracting(BarChart.Segment::rag)
                .containsExactly(Rag.COMPLETE, Rag.BEHIND_SCHEDULE);
    }
}
