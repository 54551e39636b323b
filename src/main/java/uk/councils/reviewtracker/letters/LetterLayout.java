package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.councils.reviewtracker.letters.LetterCleaner.Line;
import uk.councils.reviewtracker.letters.TypedMarkers.Kind;
import uk.councils.reviewtracker.letters.TypedMarkers.Typed;

/**
 * Turns the cleaned lines of a letter into blocks: headings, paragraphs, list items and table rows. Text that
 * extraction broke across lines or page boundaries is joined again: a line that carries on a paragraph or a bullet
 * (no blank line between), and after a page break a piece that starts in lower case where the previous one did
 * not finish its sentence.
 */
final class LetterLayout {

    enum Type { HEADING, PARAGRAPH, ITEM, ROW }

    /**
     * One block. {@code ref} is the number written before an item, a heading or a paragraph ("1", "R14", "2.3");
     * {@code rowHeading} the first cell
     * of a table row ("Outcomes"); {@code fromTable} marks items and rows that came from tab-separated lines, and
     * {@code fragment} those whose first cell was empty (a table cell carried on, or repeated by the extraction).
     * {@code cells} are all the cells of a row, as written, when the row is one of a table whose columns are kinds
     * of finding ("Theme | Strengths | Areas for consideration") or whose cells hold several items or paragraphs
     * (marked by {@link LetterCleaner#ITEM_MARK} and {@link LetterCleaner#PARAGRAPH_MARK}); otherwise null.
     */
    record Block(Type type, String text, String ref, String rowHeading, int firstLine, int lastLine,
                 boolean fromTable, boolean fragment, List<String> cells) {

        boolean is(Type wanted) {
            return type == wanted;
        }
    }

    private static final Pattern NUMBER_CELL = Pattern.compile("^(?:R?\\d{1,3}|\\d{1,2}\\.\\d{1,2})\\.?$");
    /** Where one sentence ends and the next starts ("... well. The team"; not "e.g. the", not "53.7%"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'’”)]?)\\s+(?=[\"'‘“(]?[\\p{Lu}\\d])");
    private static final int HEADING_WORDS = 12;
    private static final int SHORT_HEADING_WORDS = 8;
    private static final double TITLE_CASE_SHARE = 0.75;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at",
            "to", "for", "with", "by", "from", "as", "&", "–", "-");
    private static final int MARKED_HEADING_WORDS = 20;
    private static final int ROW_TEXT_WORDS = 3;
    private static final int RECOMMENDATIONS_LABEL_WORDS = 5;
    private static final int SECTION_TITLE_WORDS = 6;
    /** The width of a full line of text: the length most lines reach or nearly reach. */
    private static final double FULL_LINE_PERCENTILE = 0.9;
    private static final double SHORT_LINE_SHARE = 0.6;
    private static final double QUESTION_LINE_SHARE = 0.9;
    private static final int LEAD_IN_WORDS = 12;
    private static final int MIN_FULL_LINE = 50;

    private LetterLayout() {
    }

    static List<Block> blocks(List<Line> lines) {
        return new Builder(lines).build();
    }

    /** Builds the blocks line by line; {@code open} is the block that a following line may carry on. */
    private static final class Builder {

        private final List<Line> lines;
        private final List<Draft> blocks = new ArrayList<>();
        private Draft open;
        private int gap;
        private boolean listStartsUpper;
        /** Within a table whose header row named kinds of finding: every tab-separated line is one of its rows. */
        private boolean kindTable;
        /** Within a table whose header row named a column of recommendations: its rows keep their columns. */
        private boolean recommendationsTable;
        /** The line being read. */
        private int at;
        /** A line shorter than this was ended by its writer, not wrapped (0: the text is too narrow to tell). */
        private final int shortLine;
        /** The width of a full line of text (0: the text is too narrow to tell). */
        private final int fullLine;
        /** Whether the last line read that was not blank was a question alone on its line. */
        private boolean previousQuestion;
        /** The length of the last line read that was not blank, and whether it ended a sentence. */
        private int previousLength;
        private boolean previousEndsSentence;

        Builder(List<Line> lines) {
            this.lines = lines;
            int[] lengths = lines.stream().filter(line -> !line.blank()).mapToInt(line -> line.text().strip().length())
                    .sorted().toArray();
            int full = lengths.length == 0 ? 0 : lengths[(int) (lengths.length * FULL_LINE_PERCENTILE)];
            this.shortLine = full < MIN_FULL_LINE ? 0 : (int) (full * SHORT_LINE_SHARE);
            this.fullLine = full < MIN_FULL_LINE ? 0 : full;
        }

        /**
         * Whether the line before ended a sentence well short of the text's width and this one starts another: the
         * writer ended that paragraph there, in text without blank lines between paragraphs.
         */
        private boolean afterShortLine(String text) {
            return previousLength > 0 && (previousLength < shortLine || previousQuestion) && previousEndsSentence
                    && !startsLower(text) && !open.fromTable;
        }

        /** A short line that introduces what follows ("Three things to think about:"), after a sentence's end. */
        private boolean leadInAlone(String text) {
            String clean = text.strip();
            return clean.endsWith(":") && words(clean) <= LEAD_IN_WORDS && !startsLower(clean)
                    && clean.indexOf('\t') < 0;
        }

        /**
         * A question that fills a line of its own, well short of the text's width: in text without blank lines
         * between paragraphs, a question asked of the team stands so over its answer.
         */
        private boolean questionAlone(String text) {
            String clean = text.strip();
            return fullLine > 0 && clean.endsWith("?") && clean.length() < fullLine * QUESTION_LINE_SHARE
                    && !startsLower(clean) && clean.indexOf('\t') < 0;
        }

        /**
         * A short line, not a sentence, straight over the full-width first line of a paragraph: a heading that the
         * extraction left without a blank line under it (a paragraph's own first line would fill the width).
         */
        private boolean paragraphAfterShortLine(Line line, String after) {
            String text = line.text().strip();
            return shortLine > 0 && text.length() < shortLine && !endsSentence(text) && after.length() >= shortLine
                    && !startsLower(after) && after.indexOf('\t') < 0 && !TextPages.carriesOn(text);
        }

        List<Block> build() {
            for (int i = 0; i < lines.size(); i++) {
                at = i;
                Line line = lines.get(i);
                if (line.blank()) {
                    gap++;
                    continue;
                }
                boolean aloneAfter = i + 1 >= lines.size() || lines.get(i + 1).blank();
                String after = nextText();
                boolean listOrSectionAfter = LetterCleaner.BULLET.matcher(after).lookingAt()
                        || TypedMarkers.of(after).isPresent() || namesSection(after) || after.indexOf('\t') >= 0
                        || paragraphAfterShortLine(line, after);
                if (line.text().indexOf('\t') >= 0) {
                    tabbed(line);
                } else if (line.text().indexOf(LetterCleaner.PARAGRAPH_MARK) >= 0
                        || line.text().indexOf(LetterCleaner.ITEM_MARK) >= 0) {
                    kindTable = false;
                    recommendationsTable = false;
                    boxed(line);
                } else {
                    kindTable = false;
                    recommendationsTable = false;
                    plain(line, line.text(), aloneAfter, listOrSectionAfter);
                }
                gap = 0;
                previousLength = line.text().indexOf('\t') >= 0 ? 0 : line.text().strip().length();
                previousEndsSentence = endsSentence(line.text());
                previousQuestion = questionAlone(line.text());
            }
            return blocks.stream().map(Draft::block).toList();
        }

        private void tabbed(Line line) {
            List<String> written = Arrays.stream(line.text().split("\t", -1)).map(String::strip).toList();
            boolean kindColumns = written.stream().map(LetterCleaner::unmarked).map(String::strip)
                    .anyMatch(cell -> LetterVocabulary.BARE_KIND.matcher(cell).matches());
            kindTable = kindColumns || kindTable;
            recommendationsTable = recommendationsHeader(written) || recommendationsTable;
            if (kindTable || recommendationsTable || line.text().indexOf(LetterCleaner.ITEM_MARK) >= 0
                    || line.text().indexOf(LetterCleaner.PARAGRAPH_MARK) >= 0) {
                Draft row = start(Type.ROW, line, LetterCleaner.unmarked(String.join(" ", written)));
                row.rowHeading = LetterCleaner.unmarked(written.get(0));
                row.fromTable = true;
                row.cells = written;
                return;
            }
            List<String> cells = written.stream().filter(cell -> !cell.isEmpty()).toList();
            if (cells.isEmpty()) {
                return;
            }
            if (line.startsWithTab()) {
                fragment(line, String.join(" ", cells));
            } else if (cells.size() >= 2 && NUMBER_CELL.matcher(cells.get(0)).matches()) {
                String ref = cells.get(0).replaceAll("\\.$", "");
                item(line, String.join(" ", cells.subList(1, cells.size())), ref, true, false);
            } else if (cells.size() == 2 && (headingLike(cells.get(0)) || cells.get(0).endsWith("?"))
                    && words(cells.get(1)) >= ROW_TEXT_WORDS) {
                Draft row = start(Type.ROW, line, stripBullet(cells.get(1)));
                row.rowHeading = cells.get(0);
                row.fromTable = true;
            } else {
                plain(line, String.join(" ", cells), false, false);
            }
        }

        /**
         * A box's line (see {@link LetterCleaner#boxed}): each paragraph of it a block of its own (a short one its
         * heading), each item an item; under a heading that names a section ("Key recommendations") the box's
         * paragraphs are that section's list, as its numbers or bullets were before the extraction dropped them.
         */
        private void boxed(Line line) {
            StringBuilder piece = new StringBuilder();
            String text = line.text() + LetterCleaner.PARAGRAPH_MARK;
            boolean item = false;
            boolean listed = false;
            int pieces = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != LetterCleaner.ITEM_MARK && c != LetterCleaner.PARAGRAPH_MARK) {
                    piece.append(c);
                    continue;
                }
                String written = piece.toString().strip();
                if (!written.isEmpty()) {
                    gap = 1;
                    open = null;
                    boolean first = pieces++ == 0;
                    plain(line, item || listed ? "- " + written : written, true, false);
                    listed = listed || first && namesSection(written);
                }
                piece.setLength(0);
                item = c == LetterCleaner.ITEM_MARK;
            }
        }

        /** "No. | Recommendation | Lead agency": short labels, one of them naming recommendations. */
        private static boolean recommendationsHeader(List<String> written) {
            List<String> labels = written.stream().map(LetterCleaner::unmarked).map(String::strip).toList();
            return labels.size() >= 2 && labels.stream().allMatch(label -> !label.isEmpty()
                    && words(label) <= RECOMMENDATIONS_LABEL_WORDS && (words(label) == 1 || !endsSentence(label)))
                    && labels.stream().anyMatch(label -> LetterVocabulary.NAMES_RECOMMENDATIONS.matcher(label).find());
        }

        /** A line whose first cell is empty: a table cell carried on, or an item of a bulleted cell. */
        private void fragment(Line line, String text) {
            Matcher bullet = LetterCleaner.BULLET.matcher(text);
            boolean bulleted = bullet.lookingAt();
            String body = bulleted ? text.substring(bullet.end()) : text;
            if (!bulleted && open != null && startsLower(body) && !endsSentence(open.text)) {
                open.append(line, body);
            } else {
                item(line, body, null, true, true);
            }
        }

        private void plain(Line line, String text, boolean aloneAfter, boolean listOrSectionAfter) {
            Matcher bullet = LetterCleaner.BULLET.matcher(text);
            if (bullet.lookingAt()) {
                bulleted(line, text.substring(bullet.end()));
                return;
            }
            Optional<Typed> numbered = TypedMarkers.of(text);
            if (numbered.isPresent()) {
                numbered(line, numbered.get(), aloneAfter);
                return;
            }
            boolean aloneBefore = gap > 0 || open == null || endsSentence(open.text) && namesSection(text);
            if (line.markedHeading() && words(text) <= MARKED_HEADING_WORDS
                    || headingLike(text) && aloneBefore && (aloneAfter || listOrSectionAfter)) {
                heading(line, text);
            } else if (open != null && (gap == 0 || startsLower(text) && !endsSentence(open.text))
                    && !(endsSentence(open.text) && LetterVocabulary.CLOSING.matcher(text.strip()).lookingAt())
                    && !(gap == 0 && afterShortLine(text))
                    && !(gap == 0 && endsSentence(open.text) && (questionAlone(text) || leadInAlone(text)))) {
                open.append(line, text);
            } else {
                start(Type.PARAGRAPH, line, text);
            }
        }

        private void bulleted(Line line, String text) {
            Optional<Typed> numbered = TypedMarkers.of(text);
            String ref = numbered.map(Typed::ref).orElse(null);
            String body = numbered.map(Typed::text).orElse(text);
            boolean sibling = line.indent() > 0 && open != null && open.indent == line.indent();
            boolean pageBreakInSentence = gap > 0 && open != null && open.type == Type.ITEM
                    && startsLower(body) && !endsSentence(open.text) && listStartsUpper && !sibling;
            if (pageBreakInSentence) {
                open.append(line, body);
            } else {
                item(line, body, ref, false, false);
            }
        }

        private void numbered(Line line, Typed numbered, boolean aloneAfter) {
            String rest = numbered.text();
            if (numbered.kind() == Kind.SECTION) {
                if (headingLike(rest) && (line.markedHeading() || aloneAfter || namesSection(nextText()))
                        && !startsLower(nextWords())) {
                    heading(line, rest).ref = numbered.ref();
                } else {
                    start(Type.PARAGRAPH, line, rest).ref = numbered.ref();
                }
            } else if (line.markedHeading() || opensSubsections(numbered) && !endsSentence(rest)
                    || headingLike(rest) && (capitals(rest) || rest.endsWith(":") && aloneAfter
                    || sectionTitle(line, rest, numbered, aloneAfter))) {
                heading(line, rest).ref = numbered.ref();
            } else {
                item(line, rest, numbered.ref(), false, false);
            }
        }

        /**
     * "2. Key recommendations" alone between blank lines, or straight over the name of a part of it ("2. Summary",
     * "What is going well") or over its first paragraph, or naming a section itself ("5. Even better if" over its lead-in): a numbered section's
     * title, not an item; an item a page
     * end cut ("1. Develops a data set that") ends on a word that carries its sentence on.
     */
        private boolean sectionTitle(Line line, String rest, Typed numbered, boolean aloneAfter) {
            if (numbered.kind() != Kind.NUMBER || !line.text().strip().matches("^\\d{1,2}\\.\\s.*")
                    || words(rest) > SECTION_TITLE_WORDS || rest.endsWith("?")) {
                return false;
            }
            return namesSection(rest) || (aloneAfter || namesSection(nextText()) || overParagraph(line))
                    && (gap > 0 || open == null) && !TextPages.carriesOn(rest);
        }

        /** Straight over the full-width first line of a paragraph that is no list's item. */
        private boolean overParagraph(Line line) {
            String after = nextText();
            return paragraphAfterShortLine(line, after) && TypedMarkers.of(after).isEmpty()
                    && !LetterCleaner.BULLET.matcher(after).lookingAt();
        }

        /** The next line with words, past blank lines: a sentence cut by a page end goes on there in lower case. */
        private String nextWords() {
            for (int next = at + 1; next < lines.size(); next++) {
                if (!lines.get(next).blank()) {
                    return lines.get(next).text().strip();
                }
            }
            return "";
        }

        private String nextText() {
            return at + 1 < lines.size() ? lines.get(at + 1).text().strip() : "";
        }

        /** "2. Leadership" whose next line is "2.1 ...": the title of section 2, whatever its length. */
        private boolean opensSubsections(Typed numbered) {
            if (numbered.kind() != Kind.NUMBER) {
                return false;
            }
            for (int next = at + 1; next < lines.size(); next++) {
                if (!lines.get(next).blank()) {
                    return lines.get(next).text().strip().startsWith(numbered.ref() + ".1 ");
                }
            }
            return false;
        }

        private void item(Line line, String text, String ref, boolean fromTable, boolean fragment) {
            boolean newList = blocks.isEmpty() || blocks.get(blocks.size() - 1).type != Type.ITEM;
            Draft item = start(Type.ITEM, line, text);
            item.ref = ref;
            item.fromTable = fromTable;
            item.fragment = fragment;
            if (newList) {
                listStartsUpper = !startsLower(text);
            }
        }

        private Draft heading(Line line, String text) {
            Draft heading = start(Type.HEADING, line, text);
            open = null;
            return heading;
        }

        private Draft start(Type type, Line line, String text) {
            Draft draft = new Draft(type, line, text);
            blocks.add(draft);
            open = draft;
            return draft;
        }
    }

    /** A block while its lines are being collected. */
    private static final class Draft {

        private final Type type;
        private final StringBuilder text;
        private final int firstLine;
        /** The indent of its first line: sub-bullets of one list share theirs. */
        private final int indent;
        private int lastLine;
        private String ref;
        private String rowHeading;
        private boolean fromTable;
        private boolean fragment;
        private List<String> cells;

        Draft(Type type, Line line, String text) {
            this.type = type;
            this.text = new StringBuilder(text.strip());
            this.firstLine = line.number();
            this.indent = line.indent();
            this.lastLine = line.number();
        }

        void append(Line line, String more) {
            text.append(' ').append(more.strip());
            lastLine = line.number();
        }

        Block block() {
            String heading = rowHeading == null ? null : LetterCleaner.normalise(rowHeading);
            return new Block(type, LetterCleaner.normalise(text.toString()), ref, heading, firstLine, lastLine,
                    fromTable, fragment, cells);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Short, starting with a capital or a number, not ending a sentence: "Summary Strengths", "Key priorities",
     * "Working Together and WSCB". A longer line is a heading only when its words are capitalised as titles are.
     */
    static boolean headingLike(String text) {
        String clean = text.strip();
        int words = words(clean);
        if (clean.isEmpty() || clean.length() > 120 || words > HEADING_WORDS
                || words > SHORT_HEADING_WORDS && !titleCase(clean)) {
            return false;
        }
        char first = clean.charAt(0);
        char last = clean.charAt(clean.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && ".,;".indexOf(last) < 0
                && !clean.contains("@") && !clean.contains("http");
    }

    /**
     * A section's name as the vocabulary knows it ("Areas for consideration", "Recommendations", a label such as
     * "Recommendation 3"): a heading even
     * straight under the last line of a list, where a PDF's text leaves no blank line before it.
     */
    private static boolean namesSection(String text) {
        String clean = text.strip();
        Matcher label = LetterVocabulary.LABELLED_RECOMMENDATION.matcher(clean);
        return headingLike(clean) && (LetterVocabulary.BARE_KIND.matcher(clean).matches()
                || LetterVocabulary.RECOMMENDATIONS_HEADING.matcher(clean).matches()
                || LetterVocabulary.THEMES_HEADING.matcher(clean).matches()
                || label.matches() && label.group(2) == null);
    }

    private static boolean titleCase(String text) {
        List<String> words = Arrays.stream(text.split("\\s+"))
                .filter(word -> word.chars().anyMatch(Character::isLetter))
                .filter(word -> !SMALL_WORDS.contains(word.toLowerCase(Locale.UK))).toList();
        long capitalised = words.stream().filter(word -> Character.isUpperCase(word.replaceAll("^\\P{L}+", "")
                .charAt(0))).count();
        return !words.isEmpty() && capitalised >= TITLE_CASE_SHARE * words.size();
    }

    static boolean startsLower(CharSequence text) {
        String clean = text.toString().strip();
        return !clean.isEmpty() && Character.isLowerCase(clean.charAt(0));
    }

    /** Whether the text ends a sentence (or introduces a list), closing quotes and brackets aside. */
    static boolean endsSentence(CharSequence text) {
        String clean = text.toString().strip().replaceAll("[\"'’”)\\]]+$", "");
        return !clean.isEmpty() && ".!?:;".indexOf(clean.charAt(clean.length() - 1)) >= 0;
    }

    /** The last sentence of a text: what follows the last stop that a capital, a digit or a quote comes after. */
    static String lastSentence(String text) {
        String[] sentences = SENTENCE_END.split(text.strip());
        return sentences[sentences.length - 1];
    }

    static int words(String text) {
        String clean = text.strip();
        return clean.isEmpty() ? 0 : clean.split("\\s+").length;
    }

    private static boolean capitals(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 3 && letters.equals(letters.toUpperCase(Locale.UK));
    }

    private static String stripBullet(String text) {
        return LetterCleaner.BULLET.matcher(text).replaceFirst("");
    }
}
