package uk.councils.reviewtracker.letters;

import static uk.councils.reviewtracker.letters.LetterExtraction.AREA_FOR_CONSIDERATION;
import static uk.councils.reviewtracker.letters.LetterExtraction.STRENGTH;
import static uk.councils.reviewtracker.letters.LetterVocabulary.APPENDIX_PREFIX;
import static uk.councils.reviewtracker.letters.LetterVocabulary.AREAS;
import static uk.councils.reviewtracker.letters.LetterVocabulary.CLOSING;
import static uk.councils.reviewtracker.letters.LetterVocabulary.BARE_KIND;
import static uk.councils.reviewtracker.letters.LetterVocabulary.EARLIER_RECOMMENDATIONS;
import static uk.councils.reviewtracker.letters.LetterVocabulary.ENQUIRY;
import static uk.councils.reviewtracker.letters.LetterVocabulary.ENQUIRY_LEAD_IN;
import static uk.councils.reviewtracker.letters.LetterVocabulary.ENQUIRY_WITH_ANSWER;
import static uk.councils.reviewtracker.letters.LetterVocabulary.FRAMING;
import static uk.councils.reviewtracker.letters.LetterVocabulary.GRADE;
import static uk.councils.reviewtracker.letters.LetterVocabulary.GRADED_AREA;
import static uk.councils.reviewtracker.letters.LetterVocabulary.OVERALL_JUDGEMENT;
import static uk.councils.reviewtracker.letters.LetterVocabulary.INTRODUCES;
import static uk.councils.reviewtracker.letters.LetterVocabulary.LABELLED_RECOMMENDATION;
import static uk.councils.reviewtracker.letters.LetterVocabulary.NAMES_RECOMMENDATIONS;
import static uk.councils.reviewtracker.letters.LetterVocabulary.NEED;
import static uk.councils.reviewtracker.letters.LetterVocabulary.RECOMMENDATIONS_HEADING;
import static uk.councils.reviewtracker.letters.LetterVocabulary.RECOMMENDATIONS_LEAD_IN;
import static uk.councils.reviewtracker.letters.LetterVocabulary.RECOMMENDS;
import static uk.councils.reviewtracker.letters.LetterVocabulary.RESOLUTION;
import static uk.councils.reviewtracker.letters.LetterVocabulary.REVIEW_FOUND;
import static uk.councils.reviewtracker.letters.LetterVocabulary.STRENGTHS;
import static uk.councils.reviewtracker.letters.LetterVocabulary.SUMMARY_HEADING;
import static uk.councils.reviewtracker.letters.LetterVocabulary.THEMES_HEADING;
import static uk.councils.reviewtracker.letters.LetterVocabulary.THEMES_LEAD_IN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;
import uk.councils.reviewtracker.letters.LetterExtraction.Passage;
import uk.councils.reviewtracker.letters.LetterExtraction.Priority;
import uk.councils.reviewtracker.letters.FindingsTables.TableFinding;
import uk.councils.reviewtracker.letters.ReadingOrder.Type;
import uk.councils.reviewtracker.letters.ReadingOrder.Unit;
import uk.councils.reviewtracker.letters.LetterParticulars.Particulars;
import uk.councils.reviewtracker.letters.RecommendationLists.Appearance;
import uk.councils.reviewtracker.letters.document.LetterDocument;
import uk.councils.reviewtracker.letters.document.Source;
import uk.councils.reviewtracker.reviews.ReviewType;

/**
 * Reads a review letter's text and proposes what it says, for a manager to check: no Spring, no database, the
 * same text always gives the same answer.
 *
 * <p>The rules follow how these letters are written, not any one letter. A section is opened by a heading
 * ("Summary strengths", "Areas for further consideration", "Key priorities", "Recommendations (2)", "Scope of the
 * review") or by a sentence that introduces the list after it ("...focused on the following key areas:", "you asked
 * the team to explore the following issues", "You identified the following areas for initial exploration:").
 * Under a strengths or areas heading a bulleted list is the summary; prose paragraphs are detailed findings under
 * that heading; a table (a theme heading, then its cell or bullets) gives detailed findings per theme.
 */
public final class LetterExtractor {

    private static final Set<String> SMALL_WORDS = Set.of("and", "the", "of", "for", "in", "a", "an", "to", "with");
    private static final double SAME_THEME_WORDS = 0.6;
    private static final int PROSE_BEFORE_LIST = 2;
    private static final int KIND_HEADING_WORDS = 8;
    private static final int QUESTION_WORDS = 30;
    private static final int QUESTION_HEADING_WORDS = 14;
    /** How many blocks before a question alone may say that the team was asked it. */
    private static final int ASKED_LOOK_BACK = 3;

    private enum Mode { NONE, KIND_HEADING, LIST, NARRATIVE, TABLE, RECOMMENDATIONS, ENQUIRY, THEMES, ANSWER }

    private enum Trigger { ENQUIRY, THEMES, RECOMMENDATIONS, AREA, STRENGTH }

    private LetterExtractor() {
    }

    /** Reads an uploaded file (PDF, Word or text, told apart by its bytes) and proposes what it says. */
    public static LetterExtraction extract(String fileName, byte[] bytes) throws UnreadableLetterException {
        return extract(LetterReader.read(fileName, bytes), fileName);
    }

    /** Reads a letter's text, as a PDF extractor or "save as text" leaves it. */
    public static LetterExtraction extract(String text, String sourceFile) {
        return extract(TextLetters.read(text), sourceFile);
    }

    /**
     * Reads a letter's document, whatever format it came from. Each entry's passage in {@code sources} is the
     * source of the block or blocks it was read from: lines of the file for text, blocks for Word and PDF.
     */
    static LetterExtraction extract(LetterDocument document, String sourceFile) {
        Particulars particulars = LetterParticulars.read(LetterCleaner.lines(document.lines()));
        Reading reading = new Reading(ReadingOrder.of(document),
                particulars.reviewType() == ReviewType.OFSTED_INSPECTION);
        reading.run();
        return reading.result(particulars, sourceFile);
    }

    /** One pass over the blocks of a letter, with the section it is in. */
    private static final class Reading {

        private final List<Unit> blocks;
        private final boolean inspection;
        private final List<Entry<String>> themes = new ArrayList<>();
        private final List<Entry<LineOfEnquiry>> enquiries = new ArrayList<>();
        private final List<Entry<String>> summaryStrengths = new ArrayList<>();
        private final List<Entry<String>> summaryAreas = new ArrayList<>();
        private final List<Detailed> detailed = new ArrayList<>();
        private final List<Appearance> recommendations = new ArrayList<>();
        private final List<String> tableThemes = new ArrayList<>();

        private Mode mode = Mode.NONE;
        private String kind;
        private String kindHeading;
        private String theme;
        private String group;
        private String sectionHeading;
        private String candidateTheme;
        private String themeHeading;
        /**
         * The last heading that opened no section of its own and is no summary ("3. Working together"): lists
         * introduced under it are the summary, unless several such headings hold them (see {@link #result}).
         */
        private String plainSection;
        private final List<Entry<String>> sectionedSummary = new ArrayList<>();
        /** Whether the letter's first plain heading, its title (no section), has been read. */
        private boolean titleRead;
        /** The section number of the recommendations heading ("2"), whose numbered paragraphs ("2.1") it lists. */
        private String recommendationsNumber;
        private boolean listSeen;
        private boolean firstParagraph;
        private int prose;
        private int list;
        private int index;
        /** The line of enquiry whose answer the paragraphs under it give. */
        private int answering;

        Reading(List<Unit> blocks, boolean inspection) {
            this.blocks = blocks;
            this.inspection = inspection;
        }

        /**
         * In an inspection's report, the areas for improvement it names for the whole service are what the council
         * must plan against: its recommendations. Under a theme (an agency, a judgement) they stay findings.
         */
        private Trigger asInspected(Trigger trigger) {
            return inspection && trigger == Trigger.AREA && candidateTheme == null && themeHeading == null
                    && mode != Mode.KIND_HEADING && mode != Mode.LIST ? Trigger.RECOMMENDATIONS : trigger;
        }

        void run() {
            for (index = 0; index < blocks.size(); index++) {
                Unit block = blocks.get(index);
                if (block.firstOfTable() && mode == Mode.LIST) {
                    mode = Mode.NONE;
                }
                switch (block.type()) {
                    case HEADING -> heading(block);
                    case PARAGRAPH -> paragraph(block);
                    case ITEM -> item(block);
                    case ROW -> row(block);
                    case FINDINGS -> findings(block);
                    case RECOMMENDATION -> tabledRecommendation(block);
                }
            }
        }

        /** "2.1 ..." under "2. Key recommendations": one of its recommendations. */
        private boolean numberedRecommendation(Unit block) {
            return mode == Mode.RECOMMENDATIONS && block.ref() != null && block.ref().contains(".")
                    && (recommendationsNumber == null || block.ref().startsWith(recommendationsNumber + "."));
        }

        /** "The experiences and progress of children in care: good" opens the findings on a graded judgement. */
        private void gradedArea(Unit block) {
            Matcher graded = GRADED_AREA.matcher(block.text());
            if (graded.find()) {
                judgedArea(graded.group(1).strip(), block);
            }
        }

        /** An area an inspection grades is a theme; the grade of the whole service is not. Whether it was one. */
        private boolean judgedArea(String area, Unit block) {
            if (OVERALL_JUDGEMENT.matcher(area).matches()) {
                return false;
            }
            themes.add(new Entry<>(area, passage(block)));
            return true;
        }

        private void heading(Unit block) {
            gradedArea(block);
            boolean subheading = index + 1 < blocks.size() && (blocks.get(index + 1).is(Type.ITEM)
                    || blocks.get(index + 1).is(Type.PARAGRAPH) && blocks.get(index + 1).ref() == null);
            if (numberedRecommendation(block) && !subheading) {
                item(block);
                return;
            }
            String text = APPENDIX_PREFIX.matcher(block.text()).replaceFirst("");
            if (labelledRecommendation(block)) {
                return;
            }
            if ((mode == Mode.ENQUIRY || mode == Mode.ANSWER) && text.endsWith("?")) {
                question(text, block);
                return;
            }
            Trigger trigger = asInspected(headingTrigger(text));
            Trigger leadIn = trigger == null && text.matches(".*:-?$") ? leadInTrigger(block) : null;
            if (leadIn != null) {
                leadIn(leadIn, block);
                return;
            }
            if (mode == Mode.KIND_HEADING && trigger == null && text.endsWith(":") && next(Type.ITEM)) {
                return;
            }
            if (mode == Mode.TABLE && trigger == null) {
                theme = text;
                tableThemes.add(text);
                return;
            }
            sectionHeading = sectionHeadingOf(block);
            Matcher question = ENQUIRY_WITH_ANSWER.matcher(text);
            if (question.matches()) {
                question(question.group(1), block);
                return;
            }
            boolean afterCandidate = index > 0 && blocks.get(index - 1).is(Type.HEADING)
                    && sectionHeadingOf(blocks.get(index - 1)).equals(candidateTheme);
            if (trigger == null && mode == Mode.NONE && answeredQuestion(text)) {
                question(text, block);
                return;
            }
            if (trigger == null) {
                mode = Mode.NONE;
                candidateTheme = SUMMARY_HEADING.matcher(sectionHeading).matches() ? null : sectionHeading;
                plainSection = titleRead ? candidateTheme : null;
                titleRead = true;
                themeHeading = null;
                return;
            }
            switch (trigger) {
                case AREA, STRENGTH -> {
                    mode = Mode.KIND_HEADING;
                    kind = trigger == Trigger.STRENGTH ? STRENGTH : AREA_FOR_CONSIDERATION;
                    kindHeading = sectionHeading;
                    boolean bare = BARE_KIND.matcher(text).matches();
                    if (bare && candidateTheme != null && (afterCandidate || namesTheme(candidateTheme))) {
                        themeHeading = candidateTheme;
                        tableThemes.add(candidateTheme);
                    }
                    theme = bare ? themeHeading : null;
                }
                case RECOMMENDATIONS -> {
                    startList(Mode.RECOMMENDATIONS, sectionHeading);
                    recommendationsNumber = block.ref();
                }
                default -> startList(trigger == Trigger.ENQUIRY ? Mode.ENQUIRY : Mode.THEMES, null);
            }
        }

        /**
         * A findings table: its themes, or the heading above it where it names none; under the letter's summary
         * heading a table that names no theme is the summary itself.
         */
        private void findings(Unit block) {
            boolean summary = candidateTheme == null && sectionHeading != null
                    && SUMMARY_HEADING.matcher(sectionHeading).matches();
            String tableTheme = candidateTheme != null ? candidateTheme : sectionHeading;
            if (block.findings().stream().anyMatch(finding -> FindingsTables.RECOMMENDATION.equals(finding.kind()))) {
                list++;
            }
            for (TableFinding finding : block.findings()) {
                if (FindingsTables.RECOMMENDATION.equals(finding.kind())) {
                    recommendations.add(new Appearance(null, finding.text(), finding.column(), list,
                            passage(finding.source())));
                    continue;
                }
                boolean summaryRow = finding.theme() != null && SUMMARY_HEADING.matcher(finding.theme()).matches();
                if (summary && finding.theme() == null || summaryRow) {
                    (STRENGTH.equals(finding.kind()) ? summaryStrengths : summaryAreas)
                            .add(new Entry<>(finding.text(), passage(finding.source())));
                    continue;
                }
                String named = finding.theme() == null ? tableTheme : finding.theme();
                detailed.add(new Detailed(new DetailedFinding(named, finding.kind(), finding.text()),
                        passage(finding.source()), false));
                if (named != null) {
                    tableThemes.add(named);
                }
            }
            mode = Mode.NONE;
        }

        /**
         * "Recommendation 3: Agree ..." or "Recommendation 3" over the paragraph that gives it: one recommendation,
         * a list of its own (a report often repeats in its chapters what its summary listed), grouped by its section.
         */
        private boolean labelledRecommendation(Unit block) {
            Matcher labelled = LABELLED_RECOMMENDATION.matcher(block.text());
            if (!labelled.matches()) {
                return false;
            }
            String text = labelled.group(2);
            Source source = block.source();
            if (text == null) {
                if (!next(Type.PARAGRAPH)) {
                    return false;
                }
                Unit under = blocks.get(++index);
                text = under.text();
                source = source.to(under.source());
            }
            recommendations.add(new Appearance(labelled.group(1), text, sectionHeading, ++list, passage(source)));
            return true;
        }

        /**
         * A row of a recommendations table: under a recommendations heading one of its list, else the table is a
         * list of its own, grouped by the heading above it. A table of earlier recommendations' progress gives none;
         * a recommendations heading read into the table (as a PDF's text may put it) is a heading.
         */
        private void tabledRecommendation(Unit block) {
            if (RECOMMENDATIONS_HEADING.matcher(block.text()).matches()) {
                heading(block);
                return;
            }
            if (block.firstOfTable()) {
                list++;
            }
            boolean earlier = EARLIER_RECOMMENDATIONS.matcher(block.rowHeading()).find()
                    || sectionHeading != null && EARLIER_RECOMMENDATIONS.matcher(sectionHeading).find();
            if (!earlier && !RESOLUTION.matcher(block.text()).find()) {
                String named = mode == Mode.RECOMMENDATIONS && group != null ? group : sectionHeading;
                recommendations.add(new Appearance(block.ref(), block.text(), named, list, passage(block)));
            }
        }

        private void paragraph(Unit block) {
            gradedArea(block);
            if (standsAsHeading(block.text())) {
                heading(block);
                return;
            }
            if (numberedRecommendation(block) && !CLOSING.matcher(block.text()).find()) {
                item(block);
                return;
            }
            if (labelledRecommendation(block)) {
                return;
            }
            if (RECOMMENDS.matcher(block.text()).find() && !(block.text().endsWith(":") && next(Type.ITEM))) {
                recommendations.add(new Appearance(block.ref(), block.text(), theme != null ? theme : sectionHeading,
                        list, passage(block)));
                return;
            }
            Trigger trigger = leadInTrigger(block);
            boolean sameKind = mode == Mode.NARRATIVE && trigger != null && kindOf(trigger).equals(kind);
            if (trigger != null && !sameKind) {
                leadIn(trigger, block);
                return;
            }
            Matcher question = ENQUIRY_WITH_ANSWER.matcher(block.text());
            if (question.matches()) {
                question(question.group(1), block);
                return;
            }
            if ((mode == Mode.ENQUIRY || mode == Mode.ANSWER) && standsAsQuestion(block.text())
                    || mode == Mode.NONE && answeredQuestion(block.text())) {
                question(block.text(), block);
                return;
            }
            if (CLOSING.matcher(block.text()).find()) {
                mode = Mode.NONE;
                candidateTheme = null;
                return;
            }
            if (mode == Mode.KIND_HEADING && block.text().endsWith(":") && next(Type.ITEM)) {
                return;
            }
            switch (mode) {
                case KIND_HEADING -> {
                    mode = Mode.NARRATIVE;
                    theme = theme == null ? kindHeading : theme;
                    firstParagraph = true;
                    narrative(block);
                    return;
                }
                case NARRATIVE -> {
                    narrative(block);
                    return;
                }
                case ANSWER -> {
                    answer(block);
                    return;
                }
                case RECOMMENDATIONS, ENQUIRY, THEMES -> {
                    if (!listSeen && ++prose <= PROSE_BEFORE_LIST) {
                        return;
                    }
                    mode = Mode.NONE;
                }
                default -> mode = Mode.NONE;
            }
            if (candidateTheme != null && !namesTheme(candidateTheme)) {
                candidateTheme = null;
            }
            if (REVIEW_FOUND.matcher(block.text()).find() && NEED.matcher(block.text()).find()) {
                detailed.add(new Detailed(new DetailedFinding(sectionHeading, AREA_FOR_CONSIDERATION, block.text()),
                        passage(block), false));
            }
        }

        private void narrative(Unit block) {
            boolean introducesList = block.text().endsWith(":") && next(Type.ITEM);
            boolean framing = firstParagraph && FRAMING.matcher(block.text()).find();
            firstParagraph = false;
            if (!introducesList && !framing) {
                detailed.add(new Detailed(new DetailedFinding(theme, kind, block.text()), passage(block), false));
            }
        }

        private void item(Unit block) {
            Trigger trigger = block.text().endsWith(":") ? leadInTrigger(block) : null;
            if (trigger == Trigger.ENQUIRY || trigger == Trigger.THEMES || trigger == Trigger.RECOMMENDATIONS) {
                leadIn(trigger, block);
                return;
            }
            String text = block.text();
            switch (mode) {
                case KIND_HEADING, LIST -> {
                    mode = Mode.LIST;
                    if (theme == null) {
                        summary(text, block);
                    } else {
                        detailed.add(new Detailed(new DetailedFinding(theme, kind, text), passage(block), false));
                    }
                }
                case NARRATIVE, TABLE -> detailed.add(new Detailed(new DetailedFinding(theme, kind, text),
                        passage(block), block.fragment()));
                case RECOMMENDATIONS -> {
                    if (!RESOLUTION.matcher(text).find()) {
                        recommendations.add(new Appearance(block.ref(), text, group, list, passage(block)));
                    }
                    listSeen = true;
                }
                case ENQUIRY -> {
                    enquiries.add(new Entry<>(new LineOfEnquiry(text, null), passage(block)));
                    listSeen = true;
                }
                case THEMES -> {
                    themes.add(new Entry<>(text.replaceAll("[\\s.;,]+$", ""), passage(block)));
                    listSeen = true;
                }
                case ANSWER -> answer(block);
                default -> candidateTheme = null;
            }
        }

        /**
         * An item of a summary list; under a plain heading it may be that heading's finding instead, which
         * {@link #result} decides once it knows whether other headings hold such lists too.
         */
        private void summary(String text, Unit block) {
            Entry<String> entry = new Entry<>(text, passage(block));
            (STRENGTH.equals(kind) ? summaryStrengths : summaryAreas).add(entry);
            if (plainSection != null) {
                sectionedSummary.add(entry);
                detailed.add(new Detailed(new DetailedFinding(plainSection, kind, text), entry.source(), false,
                        plainSection));
            }
        }

        private void row(Unit block) {
            if (block.rowHeading() != null && standsAsQuestion(block.rowHeading())) {
                tabledAnswer(block);
                return;
            }
            if (block.rowHeading() != null && GRADE.matcher(block.text()).matches()
                    && judgedArea(block.rowHeading(), block)) {
                return;
            }
            if (mode == Mode.KIND_HEADING) {
                mode = Mode.TABLE;
            }
            if (mode == Mode.TABLE) {
                theme = block.rowHeading();
                tableThemes.add(theme);
                for (String piece : RunOnCell.split(block.text())) {
                    detailed.add(new Detailed(new DetailedFinding(theme, kind, piece), passage(block), false));
                }
            } else if (mode == Mode.RECOMMENDATIONS) {
                recommendations.add(new Appearance(null, block.text(), block.rowHeading(), list, passage(block)));
                listSeen = true;
            }
        }

        /** A row of a question | answer table: the question, and the answer beside it (a paragraph at a time). */
        private void tabledAnswer(Unit block) {
            Entry<LineOfEnquiry> last = enquiries.isEmpty() ? null : enquiries.get(enquiries.size() - 1);
            boolean same = last != null && comparable(last.value().question()).equals(comparable(block.rowHeading()));
            if (same) {
                answering = enquiries.size() - 1;
            } else {
                question(block.rowHeading(), block);
            }
            answer(block);
            mode = Mode.NONE;
        }

        private void leadIn(Trigger trigger, Unit block) {
            switch (trigger) {
                case RECOMMENDATIONS -> {
                    boolean headed = mode == Mode.RECOMMENDATIONS && !listSeen;
                    startList(Mode.RECOMMENDATIONS, headed ? group : lastSentence(block.text()));
                }
                case ENQUIRY -> startList(Mode.ENQUIRY, null);
                case THEMES -> startList(Mode.THEMES, null);
                default -> {
                    kind = kindOf(trigger);
                    theme = null;
                    boolean table = next(Type.ROW) || next(Type.HEADING) || index + 1 < blocks.size()
                            && blocks.get(index + 1).fromTable();
                    mode = table ? Mode.TABLE : Mode.LIST;
                }
            }
        }

        private void startList(Mode listMode, String listGroup) {
            mode = listMode;
            group = listGroup;
            listSeen = false;
            prose = 0;
            list++;
        }

        private void question(String text, Unit block) {
            Matcher numbered = ENQUIRY_WITH_ANSWER.matcher(text.strip());
            String asked = numbered.matches() ? numbered.group(1).strip() : text.strip();
            for (int i = 0; i < enquiries.size(); i++) {
                Entry<LineOfEnquiry> listed = enquiries.get(i);
                if (listed.value().findingSummary() == null && comparable(listed.value().question())
                        .equals(comparable(asked))) {
                    answering = i;
                    mode = Mode.ANSWER;
                    return;
                }
            }
            enquiries.add(new Entry<>(new LineOfEnquiry(asked, null), passage(block)));
            answering = enquiries.size() - 1;
            mode = Mode.ANSWER;
        }

        /**
         * What the team found on a line of enquiry, paragraph by paragraph: the question just read, or the one it
         * repeats from the list of lines of enquiry ("KLOE 2: ..." over the answer to the second listed question).
         */
        private void answer(Unit block) {
            Entry<LineOfEnquiry> last = enquiries.get(answering);
            String found = last.value().findingSummary() == null ? block.text()
                    : last.value().findingSummary() + " " + block.text();
            Passage source = new Passage(last.source().firstLine(), block.source().last(),
                    last.source().text() + "\n" + block.source().text());
            enquiries.set(answering, new Entry<>(new LineOfEnquiry(last.value().question(), found), source));
        }

        /**
         * A paragraph or item that introduces the list straight after it, and what that list is, as its last sentence
         * says: an earlier sentence may name other things ("we have written in the language of what is working well").
         */
        private Trigger leadInTrigger(Unit block) {
            boolean listFollows = next(Type.ITEM) || next(Type.ROW);
            boolean themedListFollows = next(Type.HEADING) && index + 2 < blocks.size()
                    && (blocks.get(index + 2).is(Type.ITEM) || blocks.get(index + 2).is(Type.ROW));
            if (!listFollows && !themedListFollows) {
                return null;
            }
            String text = LetterLayout.lastSentence(block.text());
            if (!INTRODUCES.matcher(text).find()) {
                return null;
            }
            Trigger trigger = null;
            if (THEMES_LEAD_IN.matcher(text).find()) {
                trigger = Trigger.THEMES;
            } else if (ENQUIRY_LEAD_IN.matcher(text).find()) {
                trigger = Trigger.ENQUIRY;
            } else if (NAMES_RECOMMENDATIONS.matcher(text).find()) {
                trigger = Trigger.RECOMMENDATIONS;
            } else if (STRENGTHS.matcher(text).find()) {
                trigger = Trigger.STRENGTH;
            } else if (AREAS.matcher(text).find()) {
                trigger = Trigger.AREA;
            } else if (RECOMMENDATIONS_LEAD_IN.matcher(text).find()) {
                trigger = Trigger.RECOMMENDATIONS;
            }
            boolean kindTrigger = trigger == Trigger.AREA || trigger == Trigger.STRENGTH;
            return listFollows || kindTrigger ? asInspected(trigger) : null;
        }

        private static String sectionHeadingOf(Unit heading) {
            return heading.text().replaceAll("[\\s:]+$", "");
        }

        /** Whether a heading names one of the themes the letter listed ("Working Together and WSCB"). */
        private boolean namesTheme(String heading) {
            Set<String> words = themeWords(heading);
            return !words.isEmpty() && themes.stream().map(entry -> themeWords(entry.value())).anyMatch(theme ->
                    !theme.isEmpty() && words.stream().filter(theme::contains).count()
                            >= SAME_THEME_WORDS * Math.min(words.size(), theme.size()));
        }

        private static Set<String> themeWords(String text) {
            return Arrays.stream(text.toLowerCase(Locale.UK).replace("&", " and ").split("[^\\p{L}\\p{N}]+"))
                    .filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word))
                    .collect(java.util.stream.Collectors.toSet());
        }

        /**
         * Under the lines of enquiry, a paragraph that is one question alone: the question as a text without
         * heading styles (or a PDF's text) gives it, with the team's answer in the paragraphs after it.
         */
        private static boolean standsAsQuestion(String text) {
            String clean = text.strip();
            return clean.endsWith("?") && LetterLayout.words(clean) <= QUESTION_WORDS
                    && !clean.substring(0, clean.length() - 1).matches(".*[.?!]\\s.*");
        }

        /**
         * A question standing alone with prose straight under it that is not another question: outside any list,
         * the question a council asked the team, and the team's answer.
         */
        private boolean answeredQuestion(String text) {
            return standsAsQuestion(text) && Character.isUpperCase(text.strip().charAt(0)) && next(Type.PARAGRAPH)
                    && !blocks.get(index + 1).text().endsWith("?") && askedJustBefore();
        }

        /** Whether one of the few blocks before this one says the team was asked questions, or names them. */
        private boolean askedJustBefore() {
            for (int before = index - 1; before >= Math.max(0, index - ASKED_LOOK_BACK); before--) {
                String text = blocks.get(before).text();
                if (ENQUIRY_LEAD_IN.matcher(text).find() || ENQUIRY.matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A paragraph that is nothing but a section's name ("Key recommendations", "Strengths", "Themes"), as
         * letters written without heading styles give their headings; a recommendations heading may be a longer
         * question ("What needs to improve in this area of social work practice?").
         */
        private static boolean standsAsHeading(String text) {
            String clean = text.strip();
            if (RECOMMENDATIONS_HEADING.matcher(clean).matches() && LetterLayout.words(clean) <= QUESTION_HEADING_WORDS
                    && !clean.endsWith(".") && Character.isUpperCase(clean.charAt(0))) {
                return true;
            }
            return LetterLayout.headingLike(clean) && (RECOMMENDATIONS_HEADING.matcher(clean).matches()
                    || BARE_KIND.matcher(clean).matches() || THEMES_HEADING.matcher(clean).matches());
        }

        private static Trigger headingTrigger(String text) {
            if (RECOMMENDATIONS_HEADING.matcher(text).matches()) {
                return Trigger.RECOMMENDATIONS;
            }
            if (ENQUIRY.matcher(text).find()) {
                return Trigger.ENQUIRY;
            }
            if (THEMES_HEADING.matcher(text).matches()) {
                return Trigger.THEMES;
            }
            if (LetterLayout.words(text) > KIND_HEADING_WORDS) {
                return null;
            }
            if (AREAS.matcher(text).find()) {
                return Trigger.AREA;
            }
            return STRENGTHS.matcher(text).find() ? Trigger.STRENGTH : null;
        }

        private static String kindOf(Trigger trigger) {
            return switch (trigger) {
                case STRENGTH -> STRENGTH;
                case AREA -> AREA_FOR_CONSIDERATION;
                default -> "";
            };
        }

        private boolean next(Type type) {
            return index + 1 < blocks.size() && blocks.get(index + 1).is(type);
        }

        private static Passage passage(Unit block) {
            return passage(block.source());
        }

        private static Passage passage(Source source) {
            return new Passage(source.first(), source.last(), source.text());
        }

        LetterExtraction result(Particulars particulars, String sourceFile) {
            placeSectionedLists();
            List<Detailed> findings = withoutRepeatedFragments(detailed);
            List<RecommendationLists.Recommendation> merged = RecommendationLists.merge(recommendations);
            List<Entry<String>> themeList = distinct(themes.isEmpty() ? tableThemeEntries() : themes);
            List<String> notes = new ArrayList<>();
            if (themes.isEmpty() && !themeList.isEmpty()) {
                notes.add("No list of themes in the introduction: the themes are the headings of the findings tables.");
            }
            Map<String, List<Passage>> sources = new LinkedHashMap<>();
            sources.put("framework_themes", themeList.stream().map(Entry::source).toList());
            sources.put("lines_of_enquiry", enquiries.stream().map(Entry::source).toList());
            sources.put("summary_strengths", summaryStrengths.stream().map(Entry::source).toList());
            sources.put("summary_areas_for_consideration", summaryAreas.stream().map(Entry::source).toList());
            sources.put("detailed_findings", findings.stream().map(Detailed::source).toList());
            sources.put("priorities_or_recommendations",
                    merged.stream().map(RecommendationLists.Recommendation::source).toList());
            return new LetterExtraction(particulars.organisation(), particulars.reviewType().name(),
                    particulars.title(), particulars.fieldworkDates(),
                    particulars.letterDate() == null ? null : particulars.letterDate().toString(),
                    particulars.reviewerLead(), particulars.reviewerRole(),
                    themeList.stream().map(Entry::value).toList(),
                    enquiries.stream().map(Entry::value).toList(),
                    summaryStrengths.stream().map(Entry::value).toList(),
                    summaryAreas.stream().map(Entry::value).toList(),
                    findings.stream().map(Detailed::finding).toList(),
                    merged.stream().map(r -> new Priority(r.ref(), r.text(), r.group())).toList(),
                    sourceFile, notes, ExtractionWarnings.of(themeList.isEmpty(), enquiries.isEmpty(),
                            summaryStrengths.isEmpty() && summaryAreas.isEmpty(), findings.isEmpty(),
                            merged.isEmpty()), sources);
        }

        /**
         * Strengths and areas introduced under each of two or more plain headings ("3. Identifying children at
         * risk", then "The Panel heard that the following is working well:") are each heading's findings, and the
         * headings the themes; under one heading (an introduction) they are the letter's summary.
         */
        private void placeSectionedLists() {
            List<String> sections = detailed.stream().map(Detailed::section).filter(Objects::nonNull)
                    .distinct().toList();
            long withBothKinds = sections.stream().filter(section -> detailed.stream()
                    .filter(finding -> section.equals(finding.section())).map(finding -> finding.finding().kind())
                    .distinct().count() > 1).count();
            if (withBothKinds < 2) {
                detailed.removeIf(finding -> finding.section() != null);
                return;
            }
            summaryStrengths.removeIf(entry -> sectionedSummary.stream().anyMatch(listed -> listed == entry));
            summaryAreas.removeIf(entry -> sectionedSummary.stream().anyMatch(listed -> listed == entry));
            tableThemes.addAll(sections);
        }

        private List<Entry<String>> tableThemeEntries() {
            return tableThemes.stream().map(name -> new Entry<>(name, detailed.stream()
                    .filter(d -> name.equals(d.finding().theme())).map(Detailed::source).findFirst()
                    .orElse(new Passage(0, 0, name)))).toList();
        }

        private static List<Entry<String>> distinct(List<Entry<String>> entries) {
            Map<String, Entry<String>> seen = new LinkedHashMap<>();
            entries.forEach(entry -> seen.putIfAbsent(entry.value().toLowerCase(Locale.UK), entry));
            return List.copyOf(seen.values());
        }

        /**
         * Drops the pieces of a table cell that PDF extraction printed twice: a cell's first or last words on a
         * line of their own, next to the whole cell.
         */
        private static List<Detailed> withoutRepeatedFragments(List<Detailed> findings) {
            List<Detailed> kept = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Detailed finding = findings.get(i);
                boolean repeated = finding.fragment()
                        && (i > 0 && contains(findings.get(i - 1), finding)
                        || i + 1 < findings.size() && contains(findings.get(i + 1), finding));
                if (!repeated) {
                    kept.add(finding);
                }
            }
            return kept;
        }

        private static boolean contains(Detailed whole, Detailed part) {
            return whole.finding().kind().equals(part.finding().kind())
                    && whole.finding().text().length() > part.finding().text().length()
                    && comparable(whole.finding().text()).contains(comparable(part.finding().text()));
        }

        private static String comparable(String text) {
            return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        /** A recommendations list's group: the sentence that introduced it, without its closing stop or colon. */
        private static String lastSentence(String text) {
            return LetterLayout.lastSentence(text.replaceAll("[\\s:;.\\-]+$", ""));
        }
    }

    private record Entry<T>(T value, Passage source) {
    }

    /** A detailed finding; {@code section} names the plain heading it may stand under instead of the summary. */
    private record Detailed(DetailedFinding finding, Passage source, boolean fragment, String section) {

        Detailed(DetailedFinding finding, Passage source, boolean fragment) {
            this(finding, source, fragment, null);
        }
    }
}
