package uk.councils.reviewtracker.letters;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.councils.reviewtracker.letters.LetterCleaner.Line;
import uk.councils.reviewtracker.reviews.ReviewType;

/**
 * The particulars of a review as its letter or report states them: who was reviewed, the title, the type of
 * review, the dates and who led the review (the letter's signatory, or the author named on a report's cover).
 */
final class LetterParticulars {

    record Particulars(String organisation, ReviewType reviewType, String title, String fieldworkDates,
                       LocalDate letterDate, String reviewerLead, String reviewerRole) {
    }

    private static final String MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.UK)).collect(Collectors.joining("|"));
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\s*,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    /** A board or partnership by name, which a PDF may have wrapped onto the next line. */
    private static final String BODY = "[A-Z][\\w'’-]*(?:[ \\n][A-Z][\\w'’-]*)*[ \\n](?:Partnership|Board)";
    /** The body a review is of: "Independent Review of Cumbria Local Safeguarding Children Board". */
    private static final Pattern REVIEWED_BODY = Pattern.compile("[Rr]eview of (?:the )?(" + BODY
            + "(?: \\([A-Z]{2,8}\\))?)");
    /**
     * The board or partnership that asked for its own review: "commissioned by the Independent Chair of X
     * Safeguarding Children Board", "X Safeguarding Children Board asked for an independent review".
     */
    private static final Pattern COMMISSIONING_BODY = Pattern.compile("(?:\\b(?:commissioned|requested) by "
            + "(?:the )?(?:[A-Z][\\w ]{0,40}? of (?:the )?)?(" + BODY + ")|^(" + BODY.replace("[ \\n]", " ") + ") (?:asked for"
            + "|commissioned|requested) (?:an?|this|the)\\b)", Pattern.MULTILINE);
    /** A council's name on a line of its own; "Brighton and Hove", "Kingston upon Hull", "City of York" included. */
    private static final Pattern COUNCIL_LINE = Pattern.compile("^(?:The )?[A-Z][\\w'’&-]*\\s"
            + "(?:(?:[A-Z][\\w'’&-]*|and|&|upon|on|of|under|le|in|the)\\s)*"
            + "(?:Metropolitan Borough |County Borough |Borough |County |City |District )?Council$");
    private static final Pattern COUNCIL_IN_TEXT = Pattern.compile("\\b((?:City of )?[A-Z][a-z]+ "
            + "(?:(?:[A-Z][a-z]+|and|&|upon|on|under|le) ){0,3}"
            + "(?:Metropolitan Borough |County Borough |Borough |County |City |District )?Council)\\b");
    private static final Pattern DEAR = Pattern.compile("^Dear\\b");
    private static final Pattern RE_LINE = Pattern.compile("^(?:RE|Re|re)\\s*:\\s*(.+)$");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^(?:Yours (?:sincerely|faithfully|truly)|(?:Kind|Best|Warm) regards|Regards|Best wishes)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor)\\.? )?"
            + "[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?(?: [A-Z]\\.?)?(?: [A-Z][a-zA-Z'’-]+){1,2}$");
    private static final Set<String> NOT_IN_NAMES = Set.of("Council", "Services", "Service", "Review", "Dear",
            "Yours", "Appendix", "Report", "Committee", "Partnership", "Board", "Team", "Safeguarding", "Programme",
            "Children", "Director", "Head", "Chief", "Officer", "Public", "Item", "Road", "Street", "Offices",
            "House", "Lane", "Civic", "Purpose", "Findings", "Recommendations", "Summary", "Author", "Conclusion",
            "Background", "Introduction", "Context", "Budget", "Scrutiny", "Strengths", "Priorities", "Outcomes",
            "Leadership", "Resources", "Practice", "Together", "Local", "Government", "Association", "Agenda");
    private static final Pattern ROLE = Pattern.compile("\\b(?:head|director|chief|manager|chair|lead|programme|"
            + "adviser|advisor|officer|scrutineer|reviewer|consultant|executive|associate|independent|peer)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String WEEKDAYS = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?";
    /**
     * "September 2010", "2 and 6 March 2020", "27 – 31 May 2019", "9, 10 and 11 December 2013", "March and April
     * 2017", "Monday 10 to Thursday 13 October 2016".
     */
    private static final String DATES = "(?:(?:" + WEEKDAYS + DAY + "(?:\\s+(?:" + MONTHS + "))?|(?:" + MONTHS
            + "))\\s*(?:,|and|&|–|-|to)\\s*)*(?:" + WEEKDAYS + DAY + "\\s+)?(?:" + MONTHS + ")\\s+\\d{4}";
    /** When the team was there: "took place on ...", "was on site between ...", "the focused visit to ... on ...". */
    private static final Pattern FIELDWORK = Pattern.compile("\\b(?:took place|(?:was|were) (?:undertaken|held)"
            + "|undert(?:ake|aken|ook)|carr(?:y|ied) out|conduct(?:ed)?|on[- ]site|visit(?: to [^.]{1,80}?)?"
            + "|fieldwork|(?:over|across) (?:[\\w-]+ ){0,2}days?)(?: [^.]{1,60}? (?=review|challenge|inspection)\\w+)?"
            + "(?: in [A-Z][\\w-]+(?: [A-Z][\\w-]+)*)?\\s+(?:was\\s+)?"
            + "(?:from|on|in|during|between)\\s+(?:(?:the )?(?:w/[cb]|week (?:commencing|beginning))\\s+)?"
            + "(" + DATES + ")");
    /** Dates as a front sheet gives them: "2 to 13 December 2019". */
    private static final Pattern STATED_DATES = Pattern.compile(DATES);
    /** "Board members spent 12 and 13 November 2019 in the service". */
    private static final Pattern SPENT = Pattern.compile("\\b(?:spent|spending)\\s+(" + DATES + ")");
    /** "The review was led by Jean Chadwick": the lead named in a report's text. */
    private static final Pattern LED_BY = Pattern.compile("\\b(?:was|were|is) led by ((?:(?:Dr|Mr|Mrs|Ms|Professor)\\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-zA-Z'’-]+){1,2})");
    /** A report's author and role on one line of its cover: "Jo Bloggs, Independent Reviewer". */
    private static final Pattern BYLINE = Pattern.compile("^([^,]{4,40}),\\s+([^,]{4,60})$");
    /** "Date: 04/03/2014" on a report's front sheet. */
    private static final Pattern DATE_LABEL = Pattern.compile("^(?:Date(?: of (?:report|meeting|letter))?)$",
            Pattern.CASE_INSENSITIVE);
    /** Labels of a front sheet or particulars table: "Local authority:", "Inspection dates", "Lead inspector:". */
    private static final Pattern ORGANISATION_LABEL = Pattern.compile("^(?:local authority|council|organisation"
            + "|authority|partnership|safeguarding partnership|name of (?:the )?(?:council|authority|local authority"
            + "|partnership))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?:lead inspector|(?:peer )?review lead|lead (?:peer"
            + "|reviewer|peer reviewer|inspector)|peer (?:challenge|review) lead|independent (?:reviewer|scrutineer)"
            + "|reviewer)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELDWORK_LABEL = Pattern.compile("^(?:(?:inspection|review|fieldwork|visit"
            + "|on-?site|peer review|peer challenge) dates?|dates? of (?:the )?(?:inspection|review|visit|fieldwork"
            + "|peer review|peer challenge|on-?site work)|fieldwork|dates? on site)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("^(?:report published|date published"
            + "|publication date|published|date of publication|date of (?:report|letter))$", Pattern.CASE_INSENSITIVE);
    /** A label and its value on one line, after a colon or in the next cell of a table row. */
    private static final Pattern LABEL_VALUE = Pattern.compile("^([^:\\t]{3,40}?)\\s*(?::\\s*|\\t+)(.*)$");
    /** An authority that does not end in "Council" on its address line: "Royal Borough of Kensington and Chelsea". */
    private static final Pattern BOROUGH_LINE = Pattern.compile("^(?:The )?(?:Royal Borough|London Borough"
            + "|Metropolitan Borough|County Borough|Borough|City|County) of [A-Z][\\w'’&-]*"
            + "(?:\\s(?:[A-Z][\\w'’&-]*|and|&|upon|on|under|le|in|the))*$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$");
    private static final Pattern WEEKDAY = Pattern.compile("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday),?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "on", "to", "a", "an",
            "by", "with");
    private static final int TOP_LINES = 15;
    private static final int END_LINES = 12;
    private static final int TITLE_WORDS = 14;

    private LetterParticulars() {
    }

    static Particulars read(List<Line> allLines) {
        List<Line> lines = allLines.stream().filter(line -> !line.blank()).toList();
        String title = title(lines);
        String[] lead = lead(lines);
        return new Particulars(organisation(lines), reviewType(title), title, fieldworkDates(lines),
                letterDate(lines), lead[0], lead[1]);
    }

    private static String organisation(List<Line> lines) {
        Optional<String> labelled = labelled(lines, ORGANISATION_LABEL);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        String cells = String.join("\n", lines.stream().map(line -> firstCell(line.text())).toList());
        Optional<String> body = Stream.concat(bodies(REVIEWED_BODY, cells), bodies(COMMISSIONING_BODY, cells))
                .findFirst();
        if (body.isPresent()) {
            return body.get();
        }
        Optional<String> addressed = lines.stream().map(line -> firstCell(line.text()))
                .filter(text -> COUNCIL_LINE.matcher(text).matches() || BOROUGH_LINE.matcher(text).matches())
                .findFirst();
        if (addressed.isPresent()) {
            return addressed.get();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            COUNCIL_IN_TEXT.matcher(line.text()).results()
                    .forEach(match -> counts.merge(match.group(1), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The bodies a pattern names, in the order the text names them, each on one line. */
    private static Stream<String> bodies(Pattern pattern, String text) {
        return pattern.matcher(text).results()
                .map(match -> match.group(1) != null ? match.group(1) : match.group(match.groupCount()))
                .map(name -> name.replace('\n', ' '))
                .filter(name -> !name.contains("'") && !name.contains("’"));
    }

    private static String title(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (DEAR.matcher(lines.get(i).text()).find()) {
                for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                    Matcher re = RE_LINE.matcher(lines.get(j).text().strip());
                    if (re.matches()) {
                        return readable(re.group(1));
                    }
                }
            }
        }
        return lines.stream().map(line -> firstCell(line.text()))
                .map(text -> text.replaceFirst("^(?:RE|Re)\\s*:\\s*", "").replaceFirst("^\\d{1,2}\\.?\\s+", ""))
                .filter(text -> text.toLowerCase(Locale.UK).matches(".*\\b(?:review|inspection|challenge)\\b.*")
                        && LetterLayout.words(text) <= TITLE_WORDS && !LetterLayout.endsSentence(text))
                .findFirst().map(LetterParticulars::readable).orElse(null);
    }

    private static ReviewType reviewType(String title) {
        String text = title == null ? "" : title.toLowerCase(Locale.UK);
        if (text.contains("independent")) {
            return ReviewType.INDEPENDENT_REVIEW;
        }
        if (text.contains("ofsted") || text.contains("inspection")) {
            return ReviewType.OFSTED_INSPECTION;
        }
        if (text.contains("self-assessment") || text.contains("self assessment") || text.contains("self-evaluation")) {
            return ReviewType.SELF_ASSESSMENT;
        }
        return ReviewType.PEER_REVIEW;
    }

    /** A front sheet's dates, else the days the text says the team was there: the first with a day, else a month. */
    private static String fieldworkDates(List<Line> lines) {
        Optional<String> labelled = labelled(lines, FIELDWORK_LABEL)
                .flatMap(value -> STATED_DATES.matcher(value).results().map(MatchResult::group).findFirst());
        if (labelled.isPresent()) {
            return labelled.get();
        }
        String text = joined(lines);
        List<String> stated = Stream.concat(FIELDWORK.matcher(text).results(), SPENT.matcher(text).results())
                .sorted(java.util.Comparator.comparingInt(MatchResult::start)).map(match -> match.group(1)).toList();
        return stated.stream().filter(dates -> dates.matches("^\\d.*")).findFirst()
                .orElse(stated.isEmpty() ? null : stated.get(0));
    }

    /**
     * The value given against a label: after it on the same line (a colon, or the next cell of a table row), or on
     * the next line where the label and its colon stand alone (a PDF's text of a two-column table). A label without
     * a colon is a role under a signatory's name ("Lead peer"), not a label.
     */
    private static Optional<String> labelled(List<Line> lines, Pattern label) {
        return labelledValues(lines, label).findFirst();
    }

    /** Every value given against a label, in the letter's order (see {@link #labelled}). */
    private static Stream<String> labelledValues(List<Line> lines, Pattern label) {
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
            Matcher pair = LABEL_VALUE.matcher(lines.get(i).text().strip());
            if (!pair.matches() || !label.matcher(pair.group(1).strip()).matches()) {
                return "";
            }
            String value = pair.group(2).strip();
            return value.isEmpty() && i + 1 < lines.size() ? lines.get(i + 1).text().strip() : value;
        }).filter(value -> !value.isEmpty()).map(value -> value.replace('\t', ' ').strip());
    }

    /** The date standing above "Dear ...", else the first date standing on a line of its own near the top. */
    private static LocalDate letterDate(List<Line> lines) {
        Optional<LocalDate> published = labelled(lines, PUBLISHED_LABEL).map(LetterParticulars::wholeDate);
        if (published.isPresent()) {
            return published.get();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (DEAR.matcher(lines.get(i).text()).find()) {
                for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
                    LocalDate date = wholeDate(firstCell(lines.get(j).text()));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        Optional<LocalDate> dated = labelledValues(lines, DATE_LABEL).map(LetterParticulars::wholeDate)
                .filter(date -> date != null).findFirst();
        if (dated.isPresent()) {
            return dated.get();
        }
        return lines.stream().limit(TOP_LINES * 3L).map(line -> wholeDate(firstCell(line.text())))
                .filter(date -> date != null).findFirst().orElse(null);
    }

    /** A date alone: "29 September 2010", "Friday 27 March 2020", "March 25, 2012", "04/03/2014" (day first). */
    static LocalDate wholeDate(String text) {
        String clean = WEEKDAY.matcher(text.strip()).replaceFirst("");
        Matcher numeric = NUMERIC_DATE.matcher(clean);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group(2));
            return month < 1 || month > 12 ? null
                    : date(numeric.group(3), Month.of(month).name(), numeric.group(1));
        }
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(clean);
        if (dayFirst.matches()) {
            return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(clean);
        if (monthFirst.matches()) {
            return date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.UK)),
                    Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The signatory after the first "Yours sincerely" (a later one signs an appendix), else the lead a report
     * names ("the review was led by ..."), else a name with a role at the end, else on the cover (the role on
     * the line below, or after a comma on the same line).
     */
    private static String[] lead(List<Line> lines) {
        Optional<String[]> labelled = labelled(lines, LEAD_LABEL).map(value -> value.split(",\\s*", 2))
                .filter(parts -> name(parts[0]));
        if (labelled.isPresent()) {
            String[] parts = labelled.get();
            return new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : null};
        }
        for (int i = 0; i < lines.size(); i++) {
            if (SIGN_OFF.matcher(lines.get(i).text().strip()).matches()) {
                for (int j = i + 1; j < Math.min(lines.size(), i + 6); j++) {
                    if (name(lines.get(j).text())) {
                        return new String[] {lines.get(j).text().strip(), role(lines, j)};
                    }
                }
            }
        }
        Matcher led = LED_BY.matcher(joined(lines));
        while (led.find()) {
            if (name(led.group(1))) {
                return new String[] {led.group(1), null};
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - END_LINES); i--) {
            if (name(lines.get(i).text()) && role(lines, i) != null) {
                return new String[] {lines.get(i).text().strip(), role(lines, i)};
            }
        }
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            if (name(lines.get(i).text()) && role(lines, i) != null) {
                return new String[] {lines.get(i).text().strip(), role(lines, i)};
            }
        }
        for (Line line : lines.subList(0, Math.min(lines.size(), TOP_LINES))) {
            Matcher byline = BYLINE.matcher(line.text().strip());
            if (byline.matches() && name(byline.group(1)) && ROLE.matcher(byline.group(2)).find()) {
                return new String[] {byline.group(1), byline.group(2)};
            }
        }
        return new String[] {null, null};
    }

    private static boolean name(String text) {
        String clean = text.strip();
        return NAME.matcher(clean).matches()
                && Arrays.stream(clean.split(" ")).noneMatch(NOT_IN_NAMES::contains);
    }

    /** The role lines under a name: up to two short lines, the first of which names a role. */
    private static String role(List<Line> lines, int nameAt) {
        if (nameAt + 1 >= lines.size() || !ROLE.matcher(lines.get(nameAt + 1).text()).find()) {
            return null;
        }
        StringBuilder role = new StringBuilder(lines.get(nameAt + 1).text().strip());
        if (nameAt + 2 < lines.size() && LetterLayout.headingLike(lines.get(nameAt + 2).text())
                && !name(lines.get(nameAt + 2).text()) && !lines.get(nameAt + 2).text().matches(".*\\d{4}.*")
                && !role.toString().contains(",")) {
            role.append(", ").append(lines.get(nameAt + 2).text().strip());
        }
        return role.toString();
    }

    /** The lines as one text: a sentence that a PDF wrapped onto the next line is whole again. */
    private static String joined(List<Line> lines) {
        return String.join(" ", lines.stream().map(line -> line.text().strip()).toList()).replaceAll("\\s+", " ");
    }

    private static String firstCell(String text) {
        String stripped = text.strip();
        int tab = stripped.indexOf('\t');
        return tab < 0 ? stripped : stripped.substring(0, tab).strip();
    }

    /** "CHILDREN'S SERVICES SAFEGUARDING PEER REVIEW" reads "Children's Services Safeguarding Peer Review". */
    static String readable(String text) {
        String clean = text.strip().replaceAll("[\\s:]+$", "");
        String letters = clean.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty() || !letters.equals(letters.toUpperCase(Locale.UK))) {
            return clean;
        }
        String[] words = clean.toLowerCase(Locale.UK).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !SMALL_WORDS.contains(words[i])) {
                words[i] = words[i].isEmpty() ? words[i]
                        : Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
            }
        }
        return String.join(" ", words);
    }
}
