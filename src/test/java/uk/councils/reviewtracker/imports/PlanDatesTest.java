package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.councils.reviewtracker.actions.TargetDate;

/** Target dates as plans write them, beyond what a form accepts: a unit test, no application context. */
class PlanDatesTest {

    @ParameterizedTest
    @CsvSource({
            "by August 2012, 2012-08",
            "end of Aug-12, 2012-08",
            "By the end of March 2014, 2014-03",
            "before Sept 2013, 2013-09"})
    void readsTheWordsBeforeAMonth(String text, YearMonth month) {
        assertThat(PlanDates.parse(text)).contains(TargetDate.month(month));
    }

    @ParameterizedTest
    @CsvSource({
            "30 June 2013, 2013-06-30",
            "1st Sept 2013, 2013-09-01",
            "30 Jun 13, 2013-06-30",
            "'22nd March, 2014', 2014-03-22",
            "by 31/03/2014, 2014-03-31"})
    void readsADayWrittenInWords(String text, LocalDate day) {
        assertThat(PlanDates.parse(text)).contains(TargetDate.day(day));
    }

    /** Financial quarters: the year starts in April, so Q4 ends in the March of the next calendar year. */
    @ParameterizedTest
    @CsvSource({
            "Q1 2012/13, 2012-06",
            "Q2 2012-13, 2012-09",
            "Q3 2012/13, 2012-12",
            "Q4 2012/13, 2013-03",
            "Quarter 4 of 2019/2020, 2020-03",
            "q1 fy 23/24, 2023-06"})
    void readsFinancialQuartersAsTheirLastMonth(String text, YearMonth month) {
        assertThat(PlanDates.parse(text)).contains(TargetDate.month(month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ongoing", "Immediate", "Q5 2012/13", "31 February 2013", "TBC", "  "})
    void leavesWhatIsNotADateForTheTimescale(String text) {
        assertThat(PlanDates.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nothingIsNotADate() {
        assertThat(PlanDates.parse(null)).isEmpty();
    }
}
