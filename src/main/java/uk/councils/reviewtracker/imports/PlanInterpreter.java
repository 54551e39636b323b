package uk.councils.reviewtracker.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.common.Text;
import uk.councils.reviewtracker.imports.ImportIssue.Severity;
import uk.councils.reviewtracker.imports.PlanDraft.ColumnMapping;
import uk.councils.reviewtracker.imports.PlanDraft.DraftAction;
import uk.councils.reviewtracker.imports.PlanDraft.DraftRecommendation;

/**
 * Reads the plan out of a sheet as councils lay it out: a header row somewhere near the top, group heading rows
 * ("PRIORITY 1: ..."), a recommendation followed by rows of its actions with the recommendation cell blank or
 * merged, and perhaps a RAG key at the bottom. Whatever it cannot interpret it keeps as text and reports.
 */
final class PlanInterpreter {

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int TEXT_LIMIT = 4000;
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(priority|theme|area|section|group|objective|strand|workstream|part|key line of enquiry)\\b.*");
    private static final Set<String> KEY_WORDS = Set.of("key", "rag key", "key to rag", "rag rating key", "brag key",
            "rag status key", "key to ratings");

    private final List<RawSheet> sheets;
    private final Map<Integer, PlanField> overrides;
    private final List<ImportIssue> issues = new ArrayList<>();

    private PlanInterpreter(List<RawSheet> sheets, Map<Integer, PlanField> overrides) {
        this.sheets = sheets;
        this.overrides = overrides;
    }

    static PlanDraft read(List<RawSheet> sheets, Map<Integer, PlanField> overrides) {
        return new PlanInterpreter(sheets, overrides).read();
    }

    private PlanDraft read() {
        for (RawSheet sheet : sheets) {
            Optional<Integer> header = headerRow(sheet);
            if (header.isPresent()) {
                sheets.stream().filter(other -> other != sheet && !other.rows().isEmpty())
                        .forEach(other -> issue(other.name(), 0, "", Severity.INFO, "import.sheet.ignored",
                                other.name()));
                return plan(sheet, header.get());
            }
        }
        String name = sheets.isEmpty() ? "" : sheets.get(0).name();
        issue(name, 0, "", Severity.ERROR, "import.header.missing");
        return new PlanDraft(name, 0, List.of(), List.of(), issues);
    }

    private Optional<Integer> headerRow(RawSheet sheet) {
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows().size()); r++) {
            Set<PlanField> fields = new HashSet<>();
            for (String cell : sheet.rows().get(r)) {
                PlanField.forHeader(cell).ifPresent(fields::add);
            }
            if (fields.size() >= 2 && (fields.contains(PlanField.ACTION) || fields.contains(PlanField.RECOMMENDATION))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private PlanDraft plan(RawSheet sheet, int headerRow) {
        List<ColumnMapping> columns = columns(sheet, headerRow);
        Map<PlanField, Integer> at = new EnumMap<>(PlanField.class);
        columns.stream().filter(c -> c.field() != PlanField.IGNORE).forEach(c -> at.put(c.field(), c.index()));
        if (!at.containsKey(PlanField.ACTION)) {
            issue(sheet.name(), headerRow + 1, "", Severity.ERROR, "import.column.noAction");
        }
        if (!at.containsKey(PlanField.RECOMMENDATION) && !at.containsKey(PlanField.REF)) {
            issue(sheet.name(), headerRow + 1, "", Severity.ERROR, "import.column.noRecommendation");
        }
        List<DraftRecommendation> recommendations = new ArrayList<>();
        if (!issues.stream().anyMatch(ImportIssue::error)) {
            walk(sheet, headerRow, at, recommendations);
        }
        if (!recommendations.isEmpty() && recommendations.stream().allMatch(r -> r.actions().isEmpty())) {
            issue(sheet.name(), headerRow + 1, "", Severity.ERROR, "import.noActions");
        }
        return new PlanDraft(sheet.name(), headerRow + 1, columns, recommendations, issues);
    }

    private List<ColumnMapping> columns(RawSheet sheet, int headerRow) {
        List<String> headers = sheet.rows().get(headerRow);
        List<ColumnMapping> columns = new ArrayList<>();
        Set<PlanField> taken = new HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            Optional<PlanField> recognised = PlanField.forHeader(header);
            PlanField field = overrides.getOrDefault(c, recognised.orElse(PlanField.IGNORE));
            if (field != PlanField.IGNORE && !taken.add(field)) {
                issue(sheet.name(), headerRow + 1, letter(c), Severity.WARNING, "import.column.duplicate", header,
                        field);
                field = PlanField.IGNORE;
            } else if (field == PlanField.IGNORE && !header.isBlank() && !overrides.containsKey(c)) {
                issue(sheet.name(), headerRow + 1, letter(c), Severity.WARNING, "import.column.unknown", header);
            }
            if (!header.isBlank() || field != PlanField.IGNORE) {
                columns.add(new ColumnMapping(c, letter(c), header, field, recognised.isPresent()));
            }
        }
        return columns;
    }

    private void walk(RawSheet sheet, int headerRow, Map<PlanField, Integer> at,
                      List<DraftRecommendation> recommendations) {
        String group = null;
        DraftRecommendation current = null;
        Set<String> seen = new LinkedHashSet<>();
        for (int r = headerRow + 1; r < sheet.rows().size(); r++) {
            int row = r + 1;
            if (sheet.blank(r)) {
                continue;
            }
            if (isKey(sheet, r)) {
                issue(sheet.name(), row, "", Severity.INFO, "import.row.key");
                break;
            }
            if (isHeading(sheet, r, at)) {
                group = firstValue(sheet, r).replaceAll(":\\s*$", "").strip();
                continue;
            }
            String ref = cleanRef(value(sheet, r, at, PlanField.REF));
            String text = value(sheet, r, at, PlanField.RECOMMENDATION);
            if (startsRecommendation(current, ref, text)) {
                if (text.isBlank()) {
                    issue(sheet.name(), row, column(at, PlanField.RECOMMENDATION), Severity.WARNING,
                            "import.row.recommendationWithoutText", ref);
                    text = "Recommendation " + ref;
                }
                checkLength(sheet.name(), row, column(at, PlanField.RECOMMENDATION), text);
                current = new DraftRecommendation(row, ref.isBlank() ? null : ref, text, groupOf(sheet, r, at, group),
                        Text.blankToNull(value(sheet, r, at, PlanField.THEME)),
                        Text.blankToNull(value(sheet, r, at, PlanField.SOURCE)), new ArrayList<>());
                recommendations.add(current);
            }
            String action = value(sheet, r, at, PlanField.ACTION);
            if (action.isBlank()) {
                if (current == null || current.row() != row) {
                    issue(sheet.name(), row, column(at, PlanField.ACTION), Severity.WARNING, "import.row.noAction");
                }
                continue;
            }
            if (current == null) {
                issue(sheet.name(), row, column(at, PlanField.RECOMMENDATION), Severity.ERROR,
                        "import.row.noRecommendation");
                continue;
            }
            if (!seen.add(current.row() + "|" + normalise(action))) {
                issue(sheet.name(), row, column(at, PlanField.ACTION), Severity.WARNING, "import.row.duplicate");
                continue;
            }
            checkLength(sheet.name(), row, column(at, PlanField.ACTION), action);
            current.actions().add(action(sheet, r, at, action));
        }
    }

    private DraftAction action(RawSheet sheet, int r, Map<PlanField, Integer> at, String text) {
        int row = r + 1;
        String timescale = value(sheet, r, at, PlanField.TIMESCALE);
        String targetText = value(sheet, r, at, PlanField.TARGET);
        TargetDate target = PlanDates.parse(targetText).orElse(null);
        if (target == null && !targetText.isBlank()) {
            issue(sheet.name(), row, column(at, PlanField.TARGET), Severity.INFO, "import.row.targetAsTimescale",
                    targetText);
            timescale = timescale.isBlank() ? targetText : timescale;
        }
        if (target == null && targetText.isBlank() && !timescale.isBlank()) {
            target = PlanDates.parse(timescale).orElse(null);
        }
        String note = value(sheet, r, at, PlanField.PROGRESS);
        checkLength(sheet.name(), row, column(at, PlanField.PROGRESS), note);
        String statusText = value(sheet, r, at, PlanField.STATUS);
        String statusColumn = column(at, PlanField.STATUS);
        if (statusText.isBlank()) {
            statusText = value(sheet, r, at, PlanField.RAG);
            statusColumn = column(at, PlanField.RAG);
        }
        ActionStatus status = null;
        if (!statusText.isBlank()) {
            Optional<ActionStatus> read = StatusWords.parse(statusText);
            if (read.isPresent()) {
                status = read.get();
                if (StatusWords.softened(statusText)) {
                    issue(sheet.name(), row, statusColumn, Severity.INFO, "import.row.amber", statusText);
                }
            } else {
                issue(sheet.name(), row, statusColumn, Severity.WARNING, "import.row.statusUnknown", statusText);
                status = ActionStatus.NOT_STARTED;
                note = (note.isBlank() ? "" : note + "\n") + "Status in the plan: " + statusText;
            }
        }
        return new DraftAction(row, text, Text.blankToNull(value(sheet, r, at, PlanField.OUTCOME)),
                Text.blankToNull(value(sheet, r, at, PlanField.MEASURE)), Text.blankToNull(timescale), target,
                Text.blankToNull(value(sheet, r, at, PlanField.LEAD)), Text.blankToNull(value(sheet, r, at, PlanField.AGENCY)),
                status, Text.blankToNull(note));
    }

    private static boolean startsRecommendation(DraftRecommendation current, String ref, String text) {
        if (ref.isBlank() && text.isBlank()) {
            return false;
        }
        if (current == null) {
            return true;
        }
        boolean sameRef = ref.isBlank() || ref.equals(current.ref() == null ? "" : current.ref());
        boolean sameText = text.isBlank() || normalise(text).equals(normalise(current.text()));
        return !(sameRef && sameText);
    }

    /** A row whose only words (perhaps merged across the row) are a heading: "PRIORITY 1: LEADERSHIP". */
    private static boolean isHeading(RawSheet sheet, int r, Map<PlanField, Integer> at) {
        List<String> cells = sheet.rows().get(r);
        Set<String> distinct = new HashSet<>();
        int filled = 0;
        int firstColumn = -1;
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) {
                distinct.add(cells.get(c));
                filled++;
                firstColumn = firstColumn < 0 ? c : firstColumn;
            }
        }
        if (distinct.size() != 1) {
            return false;
        }
        String value = distinct.iterator().next();
        boolean inPlanColumn = firstColumn == at.getOrDefault(PlanField.REF, -1)
                || firstColumn == at.getOrDefault(PlanField.RECOMMENDATION, -1)
                || firstColumn == at.getOrDefault(PlanField.ACTION, -1);
        boolean looksLikeHeading = HEADING.matcher(value).matches() || value.strip().endsWith(":")
                || (value.length() > 3 && value.equals(value.toUpperCase(Locale.UK)) && value.matches(".*[A-Z]{4}.*"));
        return filled > 1 || looksLikeHeading || !inPlanColumn;
    }

    private static boolean isKey(RawSheet sheet, int r) {
        return KEY_WORDS.contains(normalise(firstValue(sheet, r)));
    }

    private static String groupOf(RawSheet sheet, int r, Map<PlanField, Integer> at, String heading) {
        String column = value(sheet, r, at, PlanField.GROUP);
        return column.isBlank() ? heading : column;
    }

    private static String firstValue(RawSheet sheet, int r) {
        return sheet.rows().get(r).stream().filter(cell -> !cell.isBlank()).findFirst().orElse("");
    }

    private static String value(RawSheet sheet, int r, Map<PlanField, Integer> at, PlanField field) {
        Integer column = at.get(field);
        return column == null ? "" : sheet.cell(r, column).strip();
    }

    private void checkLength(String sheet, int row, String column, String text) {
        if (text.length() > TEXT_LIMIT) {
            issue(sheet, row, column, Severity.ERROR, "import.row.tooLong", TEXT_LIMIT);
        }
    }

    private static String column(Map<PlanField, Integer> at, PlanField field) {
        Integer index = at.get(field);
        return index == null ? "" : letter(index);
    }

    static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** "R14", "3a", "(2)" as printed; a trailing full stop ("3.") is not part of the reference. */
    static String cleanRef(String ref) {
        return ref.strip().replaceAll("\\.$", "");
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).replaceAll("\\s+", " ").strip();
    }


    private void issue(String sheet, int row, String column, Severity severity, String key, Object... arguments) {
        issues.add(new ImportIssue(sheet, row, column, severity, key, List.of(arguments)));
    }
}
