package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.imports.PlanDraft.DraftAction;
import uk.councils.reviewtracker.imports.PlanDraft.DraftRecommendation;
import uk.councils.reviewtracker.imports.PlanLayout.Split;

/**
 * How well the plan reader does on layouts, by field: precision and recall of the rows it found against the rows
 * a person reads out of the file. Scored separately on the development layouts (tuned on) and the held-out ones
 * (never tuned on). A field the plan leaves empty is scored on precision: what was invented counts against it.
 */
class PlanReadingEvaluationTest {

    private static final double GATE = 0.9;

    /** The fields scored, each a row of the plan as a comparable value; null where the plan says nothing. */
    enum Field {
        REF, RECOMMENDATION, GROUP, ACTION, OUTCOME, MEASURE, LEAD, AGENCY, TARGET, TIMESCALE, STATUS, NOTE
    }

    @Test
    void theSplitIsFixedByTheNamesAndEachSideHasAtLeastFourLayouts() {
        assertThat(DevelopmentPlans.all()).allSatisfy(l -> assertThat(l.split()).isEqualTo(Split.DEVELOPMENT));
        assertThat(HeldOutPlans.all()).allSatisfy(l -> assertThat(l.split()).isEqualTo(Split.HELD_OUT));
        assertThat(DevelopmentPlans.all()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(HeldOutPlans.all()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Stream.concat(DevelopmentPlans.all().stream(), HeldOutPlans.all().stream())
                .map(PlanLayout::name).distinct()).hasSize(12);
    }

    @Test
    void everyFieldScoresAtLeastTheGateOnBothSplits() {
        Map<Split, Map<Field, Score>> totals = new EnumMap<>(Split.class);
        StringBuilder report = new StringBuilder();
        for (Split split : Split.values()) {
            List<PlanLayout> layouts = split == Split.DEVELOPMENT ? DevelopmentPlans.all() : HeldOutPlans.all();
            Map<Field, Score> total = new EnumMap<>(Field.class);
            Map<String, Map<Field, Score>> perLayout = new LinkedHashMap<>();
            for (PlanLayout layout : layouts) {
                Map<Field, Score> scores = score(layout);
                perLayout.put(layout.name(), scores);
                scores.forEach((field, score) -> total.merge(field, score, Score::plus));
            }
            totals.put(split, total);
            report.append(table(split, perLayout, total));
        }
        System.out.println(report);
        totals.forEach((split, total) -> total.forEach((field, score) -> assertThat(score.f1())
                .as("%s F1 of %s", split, field).isGreaterThanOrEqualTo(GATE)));
    }

    static Map<Field, Score> score(PlanLayout layout) {
        PlanDraft draft = PlanInterpreter.read(new SheetReader().read(layout.content()), Map.of());
        Map<Field, Score> scores = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            scores.put(field, Score.of(expected(layout, field), found(draft, field)));
        }
        return scores;
    }

    private static List<String> expected(PlanLayout layout, Field field) {
        List<String> rows = new ArrayList<>();
        for (PlanLayout.Recommendation r : layout.expected()) {
            switch (field) {
                case REF -> add(rows, r.text(), r.ref());
                case RECOMMENDATION -> add(rows, r.ref(), r.text());
                case GROUP -> add(rows, r.text(), r.group());
                default -> r.actions().forEach(a -> add(rows, field == Field.ACTION ? r.text() : a.text,
                        expectedValue(a, field)));
            }
        }
        return rows;
    }

    private static Object expectedValue(PlanLayout.Action a, Field field) {
        return switch (field) {
            case ACTION -> a.text;
            case OUTCOME -> a.outcome;
            case MEASURE -> a.measure;
            case LEAD -> a.lead;
            case AGENCY -> a.agency;
            case TARGET -> a.target;
            case TIMESCALE -> a.timescale;
            case STATUS -> a.status;
            case NOTE -> a.note;
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    private static List<String> found(PlanDraft draft, Field field) {
        List<String> rows = new ArrayList<>();
        for (DraftRecommendation r : draft.recommendations()) {
            switch (field) {
                case REF -> add(rows, r.text(), r.ref());
                case RECOMMENDATION -> add(rows, r.ref(), r.text());
                case GROUP -> add(rows, r.text(), r.group());
                default -> r.actions().forEach(a -> add(rows, field == Field.ACTION ? r.text() : a.text(),
                        foundValue(a, field)));
            }
        }
        return rows;
    }

    private static Object foundValue(DraftAction a, Field field) {
        Map<Field, Function<DraftAction, Object>> values = Map.of(Field.ACTION, DraftAction::text,
                Field.OUTCOME, DraftAction::outcome, Field.MEASURE, DraftAction::measure, Field.LEAD, DraftAction::lead,
                Field.AGENCY, DraftAction::agency, Field.TARGET, DraftAction::target, Field.TIMESCALE,
                DraftAction::timescale, Field.STATUS, DraftAction::status, Field.NOTE, DraftAction::note);
        return values.get(field).apply(a);
    }

    /** A row is the field's value with what it belongs to, so a value under the wrong owner does not count. */
    private static void add(List<String> rows, Object owner, Object value) {
        if (value != null) {
            rows.add(Objects.toString(owner) + " → " + value);
        }
    }

    private static String table(Split split, Map<String, Map<Field, Score>> perLayout, Map<Field, Score> total) {
        StringBuilder text = new StringBuilder("\nPlan reading, " + split.name().toLowerCase().replace('_', '-')
                + " layouts (F1 per field; - where the layout has none and none was invented)\n");
        text.append(String.format("| %-32s |", "layout"));
        for (Field field : Field.values()) {
            text.append(String.format(" %-6s |", abbreviation(field)));
        }
        text.append("\n|").append("-".repeat(34)).append("|");
        text.append("--------|".repeat(Field.values().length)).append("\n");
        perLayout.forEach((name, scores) -> text.append(row(name, scores)));
        text.append(row("all (micro)", total));
        text.append(String.format("%nPrecision / recall over the split:%n"));
        total.forEach((field, score) -> text.append(String.format("  %-15s P %.3f  R %.3f  F1 %.3f  (%d expected, "
                + "%d found, %d right)%n", field, score.precision(), score.recall(), score.f1(), score.expected(),
                score.found(), score.right())));
        return text.toString();
    }

    private static String row(String name, Map<Field, Score> scores) {
        StringBuilder text = new StringBuilder(String.format("| %-32s |", name));
        for (Field field : Field.values()) {
            Score score = scores.get(field);
            text.append(score.empty() ? "   -    |" : String.format(" %.2f   |", score.f1()));
        }
        return text.append("\n").toString();
    }

    private static String abbreviation(Field field) {
        String name = field.name().toLowerCase();
        return name.length() > 6 ? name.substring(0, 6) : name;
    }

    /** Counts of rows expected, found and found right; a row found twice but expected once is right once. */
    record Score(int expected, int found, int right) {

        static Score of(List<String> expected, List<String> found) {
            Map<String, Integer> left = new HashMap<>();
            expected.forEach(row -> left.merge(row, 1, Integer::sum));
            int right = 0;
            for (String row : found) {
                if (left.getOrDefault(row, 0) > 0) {
                    left.merge(row, -1, Integer::sum);
                    right++;
                }
            }
            return new Score(expected.size(), found.size(), right);
        }

        Score plus(Score other) {
            return new Score(expected + other.expected, found + other.found, right + other.right);
        }

        boolean empty() {
            return expected == 0 && found == 0;
        }

        double precision() {
            return found == 0 ? 1.0 : (double) right / found;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) right / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
