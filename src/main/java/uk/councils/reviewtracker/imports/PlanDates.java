package uk.councils.reviewtracker.imports;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.councils.reviewtracker.actions.TargetDate;

/**
 * Target dates as plans write them: everything {@link TargetDate} reads, plus "by August 2012", "end of Aug-12", "30 June 2013"
 * and financial quarters ("Q3 2012/13" ends in December 2012; the year starts in April).
 */
final class PlanDates {

    private static final Pattern QUARTER = Pattern.compile(
            "(?i)(?:q|quarter\\s*)([1-4])\\s*(?:of\\s*)?(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
    /** "30 June 2013", "1st Sept 2013", "30 Jun 13". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{2}|\\d{4})");
    /** Longest first: "by" alone would leave "the end of March 2014" unread. */
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "(?i)^(by the end of|by end of|by|end of|before)\\s+");

    private PlanDates() {
    }

    static Optional<TargetDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = LEADING_WORDS.matcher(text.strip()).replaceFirst("");
        Optional<TargetDate> plain = TargetDate.parse(value);
        if (plain.isPresent()) {
            return plain;
        }
        Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(value);
        if (dayMonthYear.matches()) {
            return TargetDate.parse(dayMonthYear.group(2) + " " + dayMonthYear.group(3)).flatMap(month -> {
                try {
                    return Optional.of(TargetDate.day(month.date().withDayOfMonth(
                            Integer.parseInt(dayMonthYear.group(1)))));
                } catch (java.time.DateTimeException impossible) {
                    return Optional.empty();
                }
            });
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int startYear = year(quarter.group(2));
            int endMonth = switch (Integer.parseInt(quarter.group(1))) {
                case 1 -> 6;
                case 2 -> 9;
                case 3 -> 12;
                default -> 3;
            };
            int year = endMonth == 3 ? startYear + 1 : startYear;
            return Optional.of(TargetDate.month(YearMonth.of(year, endMonth)));
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
