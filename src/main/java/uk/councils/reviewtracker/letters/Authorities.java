package uk.councils.reviewtracker.letters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The English authorities with children's services duties, from the reference list {@code letters/organisations.txt},
 * and the forms in which a letter names one: "Brighton and Hove City Council", "Royal Borough of Windsor and
 * Maidenhead", "City of York Council", "Telford &amp; Wrekin Council", "Wakefield District Safeguarding Children
 * Partnership". Knowing the place names lets a name with lower-case words or hyphens be read whole, where a pattern of
 * capitalised words would cut it.
 */
final class Authorities {

    /** A name as the letter writes it, the listed place it names, and whether it is a partnership or board. */
    record Mention(String name, String place, boolean partnership, int start) {
    }

    private static final String LIST = "/letters/organisations.txt";
    /** Each place's names, the first the one the list spells it with. */
    private static final List<List<String>> PLACES = load();
    /** Each name's place, by the name's {@link #key}: the first place of the list that has the name. */
    private static final Map<String, List<String>> BY_NAME = byName();
    private static final String KIND = "(?:Metropolitan Borough|Metropolitan District|County Borough|Borough|County"
            + "|City|District)";
    private static final String FORMS = "(?<![\\w-])(?=\\p{Lu})(?:"
            + "(?<partnership>(?<p1>PLACE)(?: District| Area| City| County)?(?: Local)?(?: Children['’]?s)?"
            + " Safeguarding(?: Children(?:['’]s)?)?(?: Partnership| Board)+(?: \\([A-Z]{2,8}\\))?)"
            + "|(?:City of |County of |Council of the )?(?<p2>PLACE)(?: " + KIND + ")? (?:Council|Corporation)"
            + "|(?:Royal Borough|London Borough|Metropolitan Borough|County Borough|Borough|City|County) of (?<p3>PLACE)"
            + "(?: Council)?)(?![\\w-])";
    private static final Pattern NAMES = Pattern.compile(FORMS.replace("PLACE", places()));
    private static final Pattern NAMES_IN_CAPITALS = Pattern.compile(NAMES.pattern(), Pattern.CASE_INSENSITIVE);
    /** A word every form has, looked for before the long list of places is tried at each position of a text. */
    private static final Pattern FORM_WORDS = Pattern.compile("Council|Corporation|Borough|City of|County of"
            + "|Safeguarding");
    private static final Pattern FORM_WORDS_IN_CAPITALS = Pattern.compile(FORM_WORDS.pattern(),
            Pattern.CASE_INSENSITIVE);

    private Authorities() {
    }

    /** The authorities and partnerships a text names, in its order; a line in capitals is read in any case. */
    static List<Mention> in(String text) {
        boolean capitals = capitals(text);
        if (!(capitals ? FORM_WORDS_IN_CAPITALS : FORM_WORDS).matcher(text).find()) {
            return List.of();
        }
        Matcher matcher = (capitals ? NAMES_IN_CAPITALS : NAMES).matcher(text);
        List<Mention> mentions = new ArrayList<>();
        while (matcher.find()) {
            String place = Stream.of("p1", "p2", "p3").map(matcher::group).filter(Objects::nonNull).findFirst()
                    .orElseThrow();
            mentions.add(new Mention(written(matcher.group(), place), entry(place).get(0),
                    matcher.group("partnership") != null, matcher.start()));
        }
        return mentions;
    }

    /** The authority or partnership a line consists of ("The" aside): an address line, a letterhead, a cover. */
    static Optional<Mention> whole(String line) {
        String text = line.strip().replaceAll("[\\s,.:]+$", "").replaceFirst("^(?i:the) ", "");
        return in(text).stream().filter(mention -> mention.start() == 0
                && mention.name().length() == text.length()).findFirst();
    }

    /** The name as written, or in the list's spelling of the place where the letter writes it in capitals. */
    private static String written(String name, String place) {
        if (!capitals(name)) {
            return name;
        }
        String readable = LetterParticulars.readable(name);
        return readable.replaceFirst("(?i)" + Pattern.quote(LetterParticulars.readable(place)), listed(place));
    }

    /** The list's spelling of a place a letter names in any case. */
    private static String listed(String place) {
        String key = key(place);
        return entry(place).stream().filter(name -> key(name).equals(key)).findFirst().orElse(place);
    }

    /** The names of the place a letter names, whichever of them it uses. */
    private static List<String> entry(String place) {
        return BY_NAME.getOrDefault(key(place), List.of(place));
    }

    private static String key(String place) {
        return place.toLowerCase(Locale.UK).replace("&", "and").replaceAll("\\s+", " ");
    }

    private static boolean capitals(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 && letters.equals(letters.toUpperCase(Locale.UK));
    }

    /**
     * Every name of every place, longest first so that "North Somerset" is tried before "Somerset", grouped by
     * first letter so that a position is tried against the few names that can start there.
     */
    private static String places() {
        return PLACES.stream().flatMap(List::stream).sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.groupingBy(name -> name.substring(0, 1), TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(group -> Pattern.quote(group.getKey()) + group.getValue().stream()
                        .map(name -> Arrays.stream(name.substring(1).split(" and ", -1)).map(Authorities::quoted)
                                .collect(Collectors.joining(" (?:and|&) ")))
                        .collect(Collectors.joining("|", "(?:", ")")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "" : Pattern.quote(text);
    }

    private static Map<String, List<String>> byName() {
        Map<String, List<String>> byName = new HashMap<>();
        PLACES.forEach(names -> names.forEach(name -> byName.putIfAbsent(key(name), names)));
        return Map.copyOf(byName);
    }

    private static List<List<String>> load() {
        try (InputStream in = Objects.requireNonNull(Authorities.class.getResourceAsStream(LIST), LIST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
