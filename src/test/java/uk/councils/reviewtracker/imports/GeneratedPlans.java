package uk.councils.reviewtracker.imports;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Plans as councils lay them out, generated: recommendations with references in several styles, actions with
 * leads, dates as text and as Excel dates, status words, progress notes, and now and then a cell longer than
 * its column. Each plan can be written in each of the layouts of the corpus.
 */
final class GeneratedPlans {

    private static final List<String> WORDS = List.of("review", "the", "front", "door", "partners", "agree",
            "publish", "strategy", "audit", "case", "files", "supervision", "early", "help", "threshold", "training",
            "social", "workers", "schools", "health", "police", "MASH", "referrals", "assessment", "plans", "children",
            "families", "board", "report", "quarterly", "monthly", "quality", "assurance", "recruit", "staff",
            "£250,000", "budget", "children’s", "centre", "–", "voice", "child", "protection", "conference", "timely");
    private static final List<String> LEADS = List.of("Head of Service", "Principal Social Worker",
            "LSCB Business Manager", "Designated Nurse / Named GP", "Team Manager, Assessment", "Director");
    private static final List<String> STATUSES = List.of("", "Complete", "In progress", "Not started",
            "Behind schedule", "On track", "Green", "Amber", "Red", "Blue");
    private static final List<String> TIMESCALES = List.of("", "Ongoing", "3 months", "Immediate", "Quarterly");

    record Action(String text, String lead, String timescale, Object target, String status, String progress) {
    }

    record Recommendation(String ref, String text, List<Action> actions) {
    }

    record Plan(List<Recommendation> recommendations) {
    }

    /** The layouts a generated plan is written in: each one of the families the reader supports. */
    enum Layout {
        RECOMMENDATION_COLUMN, MERGED_ROWS_XLSX, MERGED_ROWS_CSV, SEVERAL_SHEETS, XLS_BELOW_TITLE, CSV_WINDOWS_1252
    }

    private GeneratedPlans() {
    }

    static Arbitrary<Plan> plans() {
        return recommendation().list().ofMinSize(1).ofMaxSize(4).map(GeneratedPlans::numbered);
    }

    /** References in one style for the whole plan, numbered in order, as councils number them. */
    private static Plan numbered(List<Recommendation> drafts) {
        List<Recommendation> numbered = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String style = drafts.get(0).ref();
            numbered.add(new Recommendation(style.replace("#", String.valueOf(i + 1)), drafts.get(i).text() + " " + (i + 1),
                    drafts.get(i).actions()));
        }
        return new Plan(numbered);
    }

    private static Arbitrary<Recommendation> recommendation() {
        Arbitrary<String> refStyle = Arbitraries.of("R#", "#", "Rec #", "#.", "Recommendation #");
        return Combinators.combine(refStyle, text(4, 12, 4100), action().list().ofMinSize(1).ofMaxSize(3)
                        .uniqueElements(a -> ActionTexts.key(StoredLengths.ACTION.cut(a.text()))))
                .as(Recommendation::new);
    }

    private static Arbitrary<Action> action() {
        Arbitrary<String> lead = Arbitraries.oneOf(Arbitraries.of(LEADS), Arbitraries.just("Lead ".repeat(50)));
        Arbitrary<String> timescale = Arbitraries.oneOf(Arbitraries.of(TIMESCALES),
                Arbitraries.just("Within six months of the Board agreeing it ".repeat(6)));
        Arbitrary<Object> target = Arbitraries.oneOf(Arbitraries.of("", "31/03/2013", "Mar-13", "June 2013",
                        "Q3 2013/14", "End of April 2013"),
                Arbitraries.integers().between(0, 700).map(days -> LocalDate.of(2013, 1, 1).plusDays(days)));
        Arbitrary<String> progress = Arbitraries.oneOf(Arbitraries.just(""), text(3, 10, 4100));
        return Combinators.combine(text(3, 10, 4100), lead, timescale, target, Arbitraries.of(STATUSES), progress)
                .as(Action::new);
    }

    /** A few words, and rarely a text longer than any column ({@code longLength} characters). */
    private static Arbitrary<String> text(int minWords, int maxWords, int longLength) {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(minWords).ofMaxSize(maxWords)
                .map(list -> capitalised(String.join(" ", list)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, words),
                net.jqwik.api.Tuple.of(1, words.map(w -> (w + ". ").repeat(longLength / (w.length() + 2) + 1))));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String fileName(Layout layout) {
        return switch (layout) {
            case MERGED_ROWS_CSV, CSV_WINDOWS_1252 -> "plan.csv";
            case XLS_BELOW_TITLE -> "plan.xls";
            default -> "plan.xlsx";
        };
    }

    static byte[] write(Plan plan, Layout layout) {
        return switch (layout) {
            case RECOMMENDATION_COLUMN -> recommendationColumn(plan, PlanSheets.sheet()).xlsx();
            case MERGED_ROWS_XLSX -> mergedRows(plan, true).xlsx();
            case MERGED_ROWS_CSV -> mergedRows(plan, false).csv();
            case SEVERAL_SHEETS -> severalSheets(plan).xlsx();
            case XLS_BELOW_TITLE -> recommendationColumn(plan, PlanSheets.sheet()
                    .row("Anytown Borough Council").row("Safeguarding peer review – improvement plan").row("")).xls();
            case CSV_WINDOWS_1252 -> recommendationColumn(plan, PlanSheets.sheet()).csv(Charset.forName("windows-1252"));
        };
    }

    private static final Object[] COLUMN_HEADER = {"Ref", "Recommendation", "Action", "Lead officer", "Timescale",
            "Target date", "Status", "Progress"};

    /** A recommendation column, merged down the rows of its actions. */
    private static PlanSheets recommendationColumn(Plan plan, PlanSheets file) {
        file.row(COLUMN_HEADER);
        for (Recommendation recommendation : plan.recommendations()) {
            int first = file.nextRow();
            for (int i = 0; i < recommendation.actions().size(); i++) {
                Action a = recommendation.actions().get(i);
                file.row(i == 0 ? recommendation.ref() : "", i == 0 ? recommendation.text() : "", a.text(), a.lead(),
                        a.timescale(), a.target(), a.status(), a.progress());
            }
            if (recommendation.actions().size() > 1) {
                file.merge(first, file.nextRow() - 1, 0, 0).merge(first, file.nextRow() - 1, 1, 1);
            }
        }
        return file;
    }

    /** No recommendation column: a row of the reference and "RECOMMENDATION : text" merged across the rest. */
    private static PlanSheets mergedRows(Plan plan, boolean merge) {
        PlanSheets file = PlanSheets.sheet().row("Ref", "Action", "Lead", "Timescale", "Target date", "RAG",
                "Progress");
        for (Recommendation recommendation : plan.recommendations()) {
            if (merge) {
                file.merge(file.nextRow(), file.nextRow(), 1, 6);
            }
            file.row(recommendation.ref(), "RECOMMENDATION : " + recommendation.text());
            for (Action a : recommendation.actions()) {
                file.row("", a.text(), a.lead(), a.timescale(), a.target(), a.status(), a.progress());
            }
        }
        return file;
    }

    /** A cover sheet, then each recommendation on a sheet of its own. */
    private static PlanSheets severalSheets(Plan plan) {
        PlanSheets file = PlanSheets.sheet().named("Cover").row("Improvement plan").row("Owner: Director");
        for (int i = 0; i < plan.recommendations().size(); i++) {
            file.nextSheet("Theme " + (i + 1));
            recommendationColumn(new Plan(List.of(plan.recommendations().get(i))), file);
        }
        return file;
    }
}
