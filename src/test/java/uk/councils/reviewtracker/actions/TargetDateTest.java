package uk.councils.reviewtracker.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetDateTest {

    @ParameterizedTest
    @CsvSource({
            "31/08/2012, 2012-08-31",
            "1/9/12, 2012-09-01",
            "2012-08-31, 2012-08-31",
            "31.08.2012, 2012-08-31"})
    void readsDays(String text, LocalDate expected) {
        assertThat(TargetDate.parse(text)).contains(TargetDate.day(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "Aug-12, 2012-08",
            "August 2012, 2012-08",
            "aug 2012, 2012-08",
            "Sept 2012, 2012-09",
            "February 2024, 2024-02"})
    void readsMonthsAsTheEndOfTheMonth(String text, YearMonth month) {
        TargetDate target = TargetDate.parse(text).orElseThrow();
        assertThat(target.date()).isEqualTo(month.atEndOfMonth());
        assertThat(target.precision()).isEqualTo(TargetPrecision.MONTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ongoing", "Immediate", "Q3 2012/13", "31/02/2012", "Smarch 2012", ""})
    void leavesWhatIsNotADate(String text) {
        assertThat(TargetDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/08/2012", "Aug-12"})
    void formValueReadsBackToTheSameTarget(String text) {
        TargetDate target = TargetDate.parse(text).orElseThrow();
        assertThat(TargetDate.parse(target.formValue())).contains(target);
    }
}
