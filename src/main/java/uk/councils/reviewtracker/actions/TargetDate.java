package uk.councils.reviewtracker.actions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target date as plans write it: a day ("31/08/2012") or only a month ("Aug-12", "August 2012").
 * A month-only target falls due at the end of that month.
 */
public record TargetDate(LocalDate date, TargetPrecision precision) {

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?[\\s-]*'?(\\d{2}|\\d{4})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final DateTimeFormatter SHOW_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHOW_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    public static TargetDate day(LocalDate date) {
        return new TargetDate(date, TargetPrecision.DAY);
    }

    public static TargetDate month(YearMonth month) {
        return new TargetDate(month.atEndOfMonth(), TargetPrecision.MONTH);
    }

    /** Reads the common ways of writing a target; empty when the text is not a date ("Ongoing", "Q3"). */
    public static Optional<TargetDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(day(LocalDate.parse(value)));
        } catch (DateTimeParseException notIso) {
            // try the forms people type
        }
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            try {
                return Optional.of(day(LocalDate.of(year(day.group(3)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(1)))));
            } catch (DateTimeException impossible) {
                return Optional.empty();
            }
        }
        Matcher month = MONTH_YEAR.matcher(value);
        if (month.matches()) {
            return monthNumber(month.group(1)).map(m -> month(YearMonth.of(year(month.group(2)), m)));
        }
        return Optional.empty();
    }

    /** How the target is shown: "31 Aug 2012", or "Aug 2012" when only the month was given. */
    public String display() {
        return precision == TargetPrecision.MONTH ? date.format(SHOW_MONTH) : date.format(SHOW_DAY);
    }

    /** How the target is put back into a form field so that it parses to the same value. */
    public String formValue() {
        return precision == TargetPrecision.MONTH
                ? date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK))
                : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** "Aug", "august", "Sept", "SEPTEMBER": any start of an English month name of three letters or more. */
    private static Optional<Integer> monthNumber(String name) {
        String word = name.toLowerCase(Locale.UK);
        for (int month = 0; month < MONTHS.size(); month++) {
            if (MONTHS.get(month).startsWith(word)) {
                return Optional.of(month + 1);
            }
        }
        return Optional.empty();
    }
}
