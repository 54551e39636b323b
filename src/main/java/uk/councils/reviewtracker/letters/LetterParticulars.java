package uk.councils.reviewtracker.letters;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    private static final String MONTHS = FieldworkDates.MONTHS;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\s*,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    /**
     * A board or partnership by name, which a PDF may have wrapped onto the next line; "Brighton and Hove" and
     * "Kingston upon Hull" included. It ends at the first "Partnership" or "Board", not at a later line's.
     */
    private static final String BODY = "[A-Z][\\w'’-]*(?:[ \\n](?:[A-Z][\\w'’-]*|and|&|upon|on))*?[ \\n]"
            + "(?:Partnership|Board)";
    /**
     * The body a review or a scrutineer's report is of: "Independent Review of Cumbria Local Safeguarding Children
     * Board", "my report as Independent Scrutineer to the Wessex Safeguarding Children Partnership".
     */
    private static final Pattern REVIEWED_BODY = Pattern.compile("(?:[Rr]eview|[Ss]crutiny) of (?:the )?(" + BODY
            + "(?: \\([A-Z]{2,8}\\))?)|[Ss]crutineer (?:to|for) (?:the )?(" + BODY + "(?: \\([A-Z]{2,8}\\))?)");
    /** What a front sheet's organisation cell holds: a name, not a figure of a budget table. */
    private static final Pattern BODY_NAME = Pattern.compile("^[A-Z][\\p{L}'’&,.() -]+$");
    /** The lines of a cover or letterhead, where a partnership's own report names it. */
    private static final int COVER_LINES = 3;
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
            "^(?:Yours (?:sincerely|faithfully|truly)|(?:With )?(?:kind|best|warm|many) (?:regards|wishes|thanks)"
            + "|Regards|Best wishes|Thanks|Cheers|All the best)\\b[,.!]?(?-i:\\s*[A-Z][a-z]+[,.!]?)?$",
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
    private static final String NAME_IN_TEXT = "((?:(?:Dr|Mr|Mrs|Ms|Professor|Cllr|Councillor)\\.? )?[A-Z][a-z'’-]+"
            + "(?: [A-Z][a-zA-Z'’-]+){1,2})";
    /** "The review was led by Jean Chadwick": the lead named in a report's text. */
    private static final Pattern LED_BY = Pattern.compile("\\b(?:was|were|is) led by " + NAME_IN_TEXT);
    /**
     * The lead a letter names as the review's or the inspection's: "the team led by Helen Bracegirdle HMI", "the
     * peer review was led by ...", "Ofsted's lead inspector for this inspection was ...". A letter that a council
     * or several inspectorates sign names its lead this way.
     */
    private static final Pattern LEAD_IN_TEXT = Pattern.compile("\\b(?:(?:review|inspection|visit|challenge"
            + "|fieldwork|scrutiny|(?:by|of) the team|(?:peer|review|inspection) team)s? (?:(?:was|were|is|has been) )?"
            + "(?:led|carried out|conducted|undertaken) by|\\blead (?:inspector|reviewer|peer reviewer|peer)"
            + "(?: for (?:this|the) [\\w ]{1,30}?)?(?: (?:was|is)|,)) " + NAME_IN_TEXT);
    /** The lead named with their role after the name, on one line: "Jo Bloggs, the lead reviewer, met ...". */
    private static final Pattern NAMED_AS_LEAD = Pattern.compile(NAME_IN_TEXT + ",? (?:(?:the|our|an?) )?"
            + "(?:independent )?lead (?:reviewer|inspector|peer)\\b");
    /** Letters after a name in the text: "Helen Bracegirdle HMI", "Sam Jones OBE". */
    private static final Pattern POST_NOMINALS = Pattern.compile("(?: [A-Z]{2,5})+$");
    /** "p.p. Jo Bloggs" under a signature: the letter is Jo Bloggs's, signed for them. */
    private static final Pattern PER_PRO = Pattern.compile("^p\\.?\\s?p\\.?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** A foreword's heading: whoever signs it (a board's chair, say) introduces the review. */
    private static final Pattern FOREWORD = Pattern.compile("^(?:(?:the )?(?:independent )?chair(?:man|person)?['’]?s? )?"
            + "foreword|(?:introduction|a message) from the (?:independent )?chair$", Pattern.CASE_INSENSITIVE);
    /** "I led this review": a foreword's signatory who says so is the lead. */
    private static final Pattern LED_IT = Pattern.compile("\\bI (?:led|chaired|conducted|carried out) (?:this|the)\\b");
    /** How far above its signature a foreword's heading may be. */
    private static final int FOREWORD_LINES = 20;
    /** A line that says who to contact or who wrote a report: the name after it is no lead. */
    private static final Pattern CONTACT = Pattern.compile("^(?:contact|report author|author|cc)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A member of a team listed with their role, the lead's saying so: "Jo Bloggs – Lead peer, Director, X". */
    private static final Pattern LISTED_LEAD = Pattern.compile("^(.{5,40}?)\\s*(?:[,–—|\\t]|\\s-)\\s*((?:[^,]*\\s)?"
            + "(?:lead (?:peer|reviewer|inspector)|(?:peer )?review lead)\\b.*)$", Pattern.CASE_INSENSITIVE);
    /** Several signatories: the one whose role says they led the review ("Peer Review Lead", "Lead peer"). */
    private static final Pattern LEAD_ROLE = Pattern.compile("\\blead\\b", Pattern.CASE_INSENSITIVE);
    /** The cells of a line: a table's, or an email signature's ("Jo Bloggs | Head of Service | Council"). */
    private static final Pattern CELL_BREAK = Pattern.compile("\\t+| +\\| +");
    /** The author of an email or a note: "From: Jo Bloggs". */
    private static final Pattern FROM_LABEL = Pattern.compile("^from$", Pattern.CASE_INSENSITIVE);
    /** "Jo Bloggs, Independent Reviewer". */
    private static final Pattern BYLINE = Pattern.compile("^([^,]{4,40}),\\s+([^,]{4,60})$");
    /** "Date: 04/03/2014", "Report date: 02/03/2020" on a front sheet, "Sent: ..." in an email's header. */
    private static final Pattern DATE_LABEL = Pattern.compile("^(?:Date(?: of (?:report|meeting|letter))?"
            + "|(?:report|letter|meeting) date|dated|sent)$", Pattern.CASE_INSENSITIVE);
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
    /** "Published 12 October 2022", "Dated 18 March 2021": a publication date written without a colon. */
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^(?:(?:report )?published(?: on)?|dated)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A label and its value on one line, after a colon or in the next cell of a table row. */
    private static final Pattern LABEL_VALUE = Pattern.compile("^([^:\\t]{3,40}?)\\s*(?::\\s*|\\t+)(.*)$");
    /** An authority that does not end in "Council" on its address line: "Royal Borough of Kensington and Chelsea". */
    private static final Pattern BOROUGH_LINE = Pattern.compile("^(?:The )?(?:Royal Borough|London Borough"
            + "|Metropolitan Borough|County Borough|Borough|City|County) of [A-Z][\\w'’&-]*"
            + "(?:\\s(?:[A-Z][\\w'’&-]*|and|&|upon|on|under|le|in|the))*$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})$");
    /** The time an email was sent, after its date: "14:05", "2.30 pm". */
    private static final Pattern TIME = Pattern.compile(",?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?$",
            Pattern.CASE_INSENSITIVE);
    /** A year written with two digits, "03.03.23", is in this century. */
    private static final int CENTURY = 2000;
    private static final Pattern WEEKDAY = Pattern.compile("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday),?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "on", "to", "a", "an",
            "by", "with");
    private static final int TOP_LINES = 15;
    private static final int END_LINES = 12;
    /** The sign-off and the lines after it that may hold its signature. */
    private static final int SIGNATURE_LINES = 6;
    private static final int TITLE_WORDS = 14;

    private LetterParticulars() {
    }

    static Particulars read(List<Line> allLines) {
        List<Line> lines = allLines.stream().filter(line -> !line.blank()).toList();
        String title = title(lines);
        Lead lead = lead(lines);
        return new Particulars(organisation(lines), reviewType(title), title, fieldworkDates(lines),
                letterDate(lines), lead.name(), lead.role());
    }

    /**
     * A front sheet's organisation, else the board or partnership the review is of, else the partnership whose name
     * heads the cover, else the first address line that is an authority's name, else the authority the letter
     * names most. What follows the sign-off is left out: a signatory's own council is not the one reviewed.
     */
    private static String organisation(List<Line> lines) {
        Optional<String> labelled = labelled(lines, ORGANISATION_LABEL).filter(value -> BODY_NAME.matcher(value).matches());
        if (labelled.isPresent()) {
            return labelled.get();
        }
        String cells = String.join("\n", lines.stream().map(line -> firstCell(line.text())).toList());
        Optional<String> body = Stream.concat(bodies(REVIEWED_BODY, cells), bodies(COMMISSIONING_BODY, cells))
                .findFirst();
        if (body.isPresent()) {
            return body.get();
        }
        List<String> letter = beforeSignOff(lines).stream().map(line -> firstCell(line.text())).toList();
        Optional<String> cover = letter.stream().limit(COVER_LINES).map(Authorities::whole).flatMap(Optional::stream)
                .filter(Authorities.Mention::partnership).map(Authorities.Mention::name).findFirst();
        if (cover.isPresent()) {
            return cover.get();
        }
        List<Authorities.Mention> addresses = letter.stream().map(Authorities::whole).flatMap(Optional::stream)
                .toList();
        if (!addresses.isEmpty()) {
            return addressed(addresses, letter);
        }
        Optional<String> council = letter.stream()
                .filter(text -> COUNCIL_LINE.matcher(text).matches() || BOROUGH_LINE.matcher(text).matches())
                .findFirst();
        return council.or(() -> mostNamed(letter)).or(() -> mostNamed(lines.stream().map(Line::text).toList()))
                .orElse(null);
    }

    /**
     * Of the authorities standing on lines of their own, the first; where a letterhead and an address block name
     * two authorities (a peer's council writing to the one reviewed), the one the letter names most.
     */
    private static String addressed(List<Authorities.Mention> addresses, List<String> letter) {
        Map<String, Long> named = letter.stream().flatMap(text -> Authorities.in(text).stream())
                .collect(Collectors.groupingBy(Authorities.Mention::place, Collectors.counting()));
        return addresses.stream().reduce((first, next) -> named.getOrDefault(next.place(), 0L)
                > named.getOrDefault(first.place(), 0L) ? next : first).orElseThrow().name();
    }

    /**
     * The authority a text names most often (the first named, of equals), in the form it uses most (the longest,
     * of equals); else the council name written most often, for a council the reference list does not hold. A
     * partnership named in passing is not the organisation where the letter names a council: the council is.
     */
    private static Optional<String> mostNamed(List<String> texts) {
        List<Authorities.Mention> named = texts.stream().flatMap(text -> Authorities.in(text).stream()).toList();
        boolean councilNamed = named.stream().anyMatch(mention -> !mention.partnership());
        List<Authorities.Mention> mentions = named.stream()
                .filter(mention -> !(councilNamed && mention.partnership())).toList();
        Map<String, Long> perPlace = mentions.stream()
                .collect(Collectors.groupingBy(Authorities.Mention::place, LinkedHashMap::new, Collectors.counting()));
        Optional<String> place = perPlace.entrySet().stream()
                .reduce((first, next) -> next.getValue() > first.getValue() ? next : first).map(Map.Entry::getKey);
        if (place.isPresent()) {
            Map<String, Long> forms = mentions.stream().filter(mention -> mention.place().equals(place.get()))
                    .collect(Collectors.groupingBy(Authorities.Mention::name, Collectors.counting()));
            return forms.entrySet().stream().max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                    .thenComparing(form -> form.getKey().length())).map(Map.Entry::getKey);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        texts.forEach(text -> COUNCIL_IN_TEXT.matcher(text).results()
                .forEach(match -> counts.merge(match.group(1), 1, Integer::sum)));
        return counts.entrySet().stream().reduce((first, next) -> next.getValue() > first.getValue() ? next : first)
                .map(Map.Entry::getKey);
    }

    /** The letter up to its first sign-off ("Yours sincerely"); the whole text where there is none. */
    private static List<Line> beforeSignOff(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (SIGN_OFF.matcher(lines.get(i).text().strip()).matches()) {
                return lines.subList(0, i);
            }
        }
        return lines;
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

    /**
     * A front sheet's dates (after a label, or on the line below a label standing alone), else the days the text
     * says the team was there.
     */
    private static String fieldworkDates(List<Line> lines) {
        Optional<String> labelled = labelled(lines, FIELDWORK_LABEL).flatMap(FieldworkDates::in);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (FIELDWORK_LABEL.matcher(lines.get(i).text().strip()).matches()
                    && FieldworkDates.wholly(lines.get(i + 1).text())) {
                return FieldworkDates.in(lines.get(i + 1).text()).orElseThrow();
            }
        }
        return FieldworkDates.stated(lines.stream().map(Line::text).toList()).orElse(null);
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
        return IntStream.range(0, lines.size()).mapToObj(i -> {
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
        Optional<LocalDate> published = labelled(lines, PUBLISHED_LABEL).map(LetterParticulars::wholeDate)
                .or(() -> lines.stream().map(line -> PUBLISHED_LINE.matcher(line.text().strip()))
                        .filter(Matcher::matches).map(match -> wholeDate(match.group(1))).filter(date -> date != null)
                        .findFirst());
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

    /**
     * A date alone: "29 September 2010", "Friday 27 March 2020", "March 25, 2012", "04/03/2014" and "03.03.23" (day
     * first), "Tuesday, 12 July 2022 14:05" (an email's).
     */
    static LocalDate wholeDate(String text) {
        String clean = TIME.matcher(WEEKDAY.matcher(text.strip()).replaceFirst("")).replaceFirst("");
        Matcher numeric = NUMERIC_DATE.matcher(clean);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            return month < 1 || month > 12 ? null
                    : date(String.valueOf(year < 100 ? CENTURY + year : year), Month.of(month).name(),
                            numeric.group(1));
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

    /** Who led the review, and their role where the letter gives it. */
    private record Lead(String name, String role) {

        /** "Jo Bloggs, Lead Peer" or "Jo Bloggs": a name with the role after its first comma. */
        static Lead of(String nameAndRole) {
            String[] parts = nameAndRole.split(",\\s*", 2);
            return new Lead(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null);
        }

        boolean saysLead() {
            return role != null && LEAD_ROLE.matcher(role).find();
        }
    }

    /**
     * The lead a front sheet gives; else a signatory whose role says they led; else the lead the letter names in
     * its text ("the team led by ...", "the lead inspector was ..."), as a letter that a council or several
     * inspectorates sign does; else the signatory after the first sign-off (a later one signs an appendix); else an
     * email's author; else a team member listed as the lead; else a name with a role at the end of the letter
     * before its appendices (not a contact officer, nor a foreword's signatory), else on the cover.
     */
    private static Lead lead(List<Line> lines) {
        Optional<Lead> signatory = signatory(lines);
        return labelled(lines, LEAD_LABEL).map(Lead::of).filter(lead -> name(lead.name()))
                .or(() -> signatory.filter(Lead::saysLead))
                .or(() -> namedInText(lines))
                .or(() -> signatory)
                .or(() -> labelled(lines, FROM_LABEL).map(value -> Lead.of(CELL_BREAK.split(value)[0]))
                        .map(lead -> new Lead(lead.name(), null)).filter(lead -> name(lead.name())))
                .or(() -> LED_BY.matcher(joined(lines)).results().map(match -> match.group(1))
                        .filter(LetterParticulars::name).findFirst().map(name -> new Lead(name, null)))
                .or(() -> lines.stream().map(line -> LISTED_LEAD.matcher(line.text().strip()))
                        .filter(match -> match.matches() && name(match.group(1)))
                        .map(match -> new Lead(match.group(1).strip(), match.group(2).strip())).findFirst())
                .or(() -> nameOverRole(lines))
                .or(() -> byline(lines))
                .orElse(new Lead(null, null));
    }

    /** The lead the text names as such: "the review was led by ...", "Jo Bloggs, the lead reviewer, ...". */
    private static Optional<Lead> namedInText(List<Line> lines) {
        return Stream.concat(LEAD_IN_TEXT.matcher(joined(lines)).results(),
                        lines.stream().flatMap(line -> NAMED_AS_LEAD.matcher(line.text()).results()))
                .map(match -> POST_NOMINALS.matcher(match.group(1)).replaceFirst("")).filter(LetterParticulars::name)
                .findFirst().map(name -> new Lead(name, null));
    }

    /** A name over its role at the end of the letter, before its appendices, else among the first lines. */
    private static Optional<Lead> nameOverRole(List<Line> lines) {
        int letterEnds = appendix(lines);
        IntStream fromTheEnd = IntStream.iterate(letterEnds - 1, i -> i >= Math.max(0, letterEnds - END_LINES),
                i -> i - 1);
        return Stream.concat(fromTheEnd.boxed(), IntStream.range(0, Math.min(letterEnds, TOP_LINES)).boxed())
                .filter(i -> namedWithRole(lines, i)).findFirst()
                .map(i -> new Lead(lines.get(i).text().strip(), role(lines, i)));
    }

    /** A report's author and role on one line of its cover: "Jo Bloggs, Independent Reviewer". */
    private static Optional<Lead> byline(List<Line> lines) {
        return lines.stream().limit(TOP_LINES).map(line -> BYLINE.matcher(line.text().strip()))
                .filter(byline -> byline.matches() && name(byline.group(1)) && ROLE.matcher(byline.group(2)).find())
                .findFirst().map(byline -> new Lead(byline.group(1), byline.group(2)));
    }

    /**
     * The name and role of whoever signs under a sign-off. Signatures side by side (the cells of a table row, or
     * in a PDF's text the names one after another and then their roles) are the one whose role says they led,
     * else the first; "p.p. Jo Bloggs" is Jo Bloggs's letter.
     */
    private static Optional<Lead> signatory(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!SIGN_OFF.matcher(lines.get(i).text().strip()).matches()) {
                continue;
            }
            int from = i + 1;
            List<Line> block = lines.subList(from, Math.min(lines.size(), from + SIGNATURE_LINES - 1));
            Optional<Lead> signed = block.stream().map(line -> PER_PRO.matcher(line.text().strip()))
                    .filter(Matcher::matches).map(match -> Lead.of(match.group(1)))
                    .filter(lead -> name(lead.name())).findFirst()
                    .or(() -> signature(lines, from, block.size()));
            if (signed.isPresent()) {
                return signed;
            }
        }
        return Optional.empty();
    }

    /** The first signature among the lines after a sign-off. */
    private static Optional<Lead> signature(List<Line> lines, int from, int count) {
        for (int j = from; j < from + count; j++) {
            String[] cells = CELL_BREAK.split(lines.get(j).text().strip());
            if (cells.length > 1 && name(cells[0]) && Arrays.stream(cells).skip(1).noneMatch(LetterParticulars::name)) {
                return Optional.of(new Lead(cells[0].strip(),
                        String.join(", ", Arrays.asList(cells).subList(1, cells.length)).strip()));
            }
            if (cells.length > 1 && Arrays.stream(cells).anyMatch(LetterParticulars::name)) {
                String[] roles = j + 1 < lines.size() ? CELL_BREAK.split(lines.get(j + 1).text().strip())
                        : new String[0];
                boolean paired = roles.length == cells.length;
                int chosen = led(paired ? Arrays.asList(roles) : List.of());
                return name(cells[chosen])
                        ? Optional.of(new Lead(cells[chosen].strip(), paired ? roles[chosen].strip() : null))
                        : Optional.empty();
            }
            if (name(lines.get(j).text())) {
                int names = 1;
                while (j + names < lines.size() && name(lines.get(j + names).text())) {
                    names++;
                }
                if (names == 1) {
                    return Optional.of(new Lead(lines.get(j).text().strip(), role(lines, j)));
                }
                List<String> roles = lines.subList(Math.min(lines.size(), j + names),
                        Math.min(lines.size(), j + 2 * names)).stream().map(line -> line.text().strip()).toList();
                boolean paired = roles.size() == names;
                int chosen = paired ? led(roles) : 0;
                return Optional.of(new Lead(lines.get(j + chosen).text().strip(), paired ? roles.get(chosen) : null));
            }
        }
        return Optional.empty();
    }

    /**
     * A name on a line of its own over its role, not under "Contact officer" or "Report author", nor signing a
     * foreword.
     */
    private static boolean namedWithRole(List<Line> lines, int at) {
        return name(lines.get(at).text()) && role(lines, at) != null
                && (at == 0 || !CONTACT.matcher(lines.get(at - 1).text().strip()).find()) && !signsForeword(lines, at);
    }

    /** Whether a name signs a foreword that does not say its signatory led the review. */
    private static boolean signsForeword(List<Line> lines, int at) {
        for (int i = at - 1; i >= Math.max(0, at - FOREWORD_LINES); i--) {
            if (FOREWORD.matcher(lines.get(i).text().strip()).matches()) {
                return lines.subList(i, at).stream().noneMatch(line -> LED_IT.matcher(line.text()).find());
            }
        }
        return false;
    }

    /**
     * Where the letter's appendices begin (their authors are no leads); its end where it has none. An appendix
     * named among the first lines is a contents page's entry.
     */
    private static int appendix(List<Line> lines) {
        for (int i = TOP_LINES; i < lines.size(); i++) {
            if (LetterVocabulary.APPENDIX_PREFIX.matcher(lines.get(i).text().strip()).find()
                    && LetterLayout.words(lines.get(i).text()) <= TITLE_WORDS) {
                return i;
            }
        }
        return lines.size();
    }

    /** Which of several signatories' roles says they led the review; the first where none does. */
    private static int led(List<String> roles) {
        for (int i = 0; i < roles.size(); i++) {
            if (LEAD_ROLE.matcher(roles.get(i)).find()) {
                return i;
            }
        }
        return 0;
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
