package uk.councils.reviewtracker.letters;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When the review team was there, as a letter writes it: "27 – 31 May 2019", "between 4 and 8 March 2018", "on 12,
 * 13 and 14 June 2019", "from Monday 10 to Thursday 13 October 2016", "6th to 9th November 2017", "5 March 2018 to
 * 16 March 2018", "between September 2019 and January 2020", "during w/c 14 October 2019", "over four days in June
 * 2022". The dates are kept as written; the phrase before them says that they are the fieldwork.
 */
final class FieldworkDates {

    static final String MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.UK)).collect(Collectors.joining("|", "(?:", ")"));
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    /** Dates that open with a day: "Tuesday 21st February 2023", "1-3 December 2021", not "March 2020". */
    private static final String WITH_A_DAY = "(?=" + WEEKDAY + "\\d)";
    private static final String YEAR = "(?:19|20)\\d{2}";
    /** One date of a list or range: "Monday 9", "4th", "5 March 2018", "September", "September 2019". */
    private static final String ONE = "(?:" + WEEKDAY + DAY + "(?:\\s+(?:of\\s+)?" + MONTHS + "(?:\\s+" + YEAR + ")?)?"
            + "|" + MONTHS + "(?:\\s+" + YEAR + ")?)";
    private static final String BETWEEN = "\\s*(?:,\\s*(?:and\\s+)?|and|&|–|—|-|to|until|till)\\s*(?:the\\s+)?";
    /** Dates that end in a month and year, with any days and months before them. */
    static final String DATES = "(?:" + ONE + BETWEEN + ")*(?:" + WEEKDAY + DAY + "\\s+(?:of\\s+)?)?" + MONTHS
            + "\\s+" + YEAR;
    private static final Pattern WHOLLY = Pattern.compile(DATES);
    /** A character of the clause between a deed and its dates, which does not name the cases or period looked at. */
    private static final String CLAUSE = "(?:(?!\\b(?:cases?|files|records|period|data)\\b)[^.;])";
    /**
     * What the team did, then when: "took place on", "carried out remotely, over video calls, on", "visited Devon
     * on", "hosting the peer review team from", "having me and Joel on", "inviting us to Wessex on", "covers my
     * work between", "over four days
     * in". A clause may stand between the deed and the dates ("carry out a peer review in Wessex on"). Not the
     * period a review looked back on ("cases from March 2019 to August 2021"): that is no deed of the team's.
     */
    private static final Pattern FIELDWORK = Pattern.compile("\\b(?:took place|(?:review|inspection|visit"
            + "|fieldwork) ran|(?:was|were) (?:undertaken|held)|undert(?:ake|aken|ook)|carr(?:y|ied) out"
            + "|conduct(?:ed)?|on[- ]site|fieldwork|(?:over|across) (?:[\\w-]+ ){0,2}days?"
            + "|(?:hosting|having|welcoming|receiving|inviting) (?:me|us|the\\b)|cover(?:s|ed|ing)? (?:my|our|the team's)"
            + " (?:work|visits?)|visit(?:ed|ing|s)?)(?:,?\\s" + CLAUSE + "{1,80}?)?"
            + ",?\\s+(?:was\\s+)?(?:from|on|in|during|between)\\s+"
            + "(?:(?:the )?(?:w/[cb]|week (?:commencing|beginning|of))\\s+)?(?:the\\s+)?(" + DATES + ")");
    /** The review itself was then: "The peer review was from 6 to 9 November 2017", "the visits were on ...". */
    private static final Pattern WAS_THEN = Pattern.compile("\\b(?:review|challenge|inspection|visit|fieldwork)s?"
            + " (?:was|were) (?:from|on|between|during)\\s+(?:the\\s+)?(" + DATES + ")");
    /** "Board members spent 12 and 13 November 2019 in the service". */
    private static final Pattern SPENT = Pattern.compile("\\b(?:spent|spending)\\s+(" + DATES + ")");
    /** A range opening a sentence: "From 3 to 7 June 2019, inspectors from ...", "Between 9 and 13 March, ...". */
    private static final Pattern OPENING_RANGE = Pattern.compile("\\b(?:From|Between)\\s+((?:" + ONE
            + BETWEEN + ")+(?:" + WEEKDAY + DAY + "\\s+)?" + MONTHS + "\\s+" + YEAR + "),");
    /** A title with the days of its review: "Children's Safeguarding Peer Review – 1-3 December 2021". */
    private static final Pattern TITLE = Pattern.compile("\\b(?:review|challenge|inspection|visit)\\s*[–—:-]\\s*"
            + "(" + WITH_A_DAY + DATES + ")\\s*$", Pattern.CASE_INSENSITIVE);
    /** Ordinals a PDF's text joined where a hyphen ended a line: "23rd25th" was "23rd-25th". */
    private static final Pattern JOINED_ORDINALS = Pattern.compile("(\\d(?:st|nd|rd|th))(\\d{1,2}(?:st|nd|rd|th))\\b");
    /** A range a PDF wrapped after its hyphen: "23rd- 25th" was "23rd-25th" (a spaced dash has a space before). */
    private static final Pattern WRAPPED_RANGE = Pattern.compile("(\\d(?:st|nd|rd|th)?-) (\\d)");

    private FieldworkDates() {
    }

    /** The first dates a value gives: "2 to 13 December 2019" from a front sheet's "Inspection dates" cell. */
    static Optional<String> in(String value) {
        Matcher matcher = WHOLLY.matcher(value);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** Whether a line is dates and nothing else. */
    static boolean wholly(String line) {
        return WHOLLY.matcher(line.strip().replaceAll("[.\\s]+$", "")).matches();
    }

    /**
     * The dates the letter says the team was there, in its order: the first with a day, else the first with only a
     * month ("in October 2018").
     */
    static Optional<String> stated(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        record Found(int at, String dates) {
        }
        List<Found> found = new ArrayList<>();
        for (String line : lines) {
            String text = JOINED_ORDINALS.matcher(line.strip()).replaceAll("$1-$2");
            Matcher title = TITLE.matcher(text);
            if (title.find()) {
                found.add(new Found(joined.length() + title.start(1), title.group(1)));
            }
            joined.append(text).append(' ');
        }
        String text = WRAPPED_RANGE.matcher(joined.toString().replaceAll("\\s", " ")).replaceAll("$1$2");
        for (Pattern pattern : List.of(FIELDWORK, WAS_THEN, SPENT, OPENING_RANGE)) {
            pattern.matcher(text).results().forEach(match -> found.add(new Found(match.start(1), match.group(1))));
        }
        List<String> dates = found.stream().sorted(Comparator.comparingInt(Found::at))
                .map(each -> each.dates().replaceAll("\\s+", " ")).toList();
        return dates.stream().filter(each -> each.matches(WITH_A_DAY + ".*")).findFirst()
                .or(() -> dates.stream().findFirst());
    }
}
