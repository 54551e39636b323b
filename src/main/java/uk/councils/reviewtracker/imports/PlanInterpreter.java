package uk.councils.reviewtracker.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;
import uk.councils.reviewtracker.common.Text;
import uk.councils.reviewtracker.imports.ImportIssue.Severity;
import uk.councils.reviewtracker.imports.PlanDraft.ColumnMapping;
import uk.councils.reviewtracker.imports.PlanDraft.DraftAction;
import uk.councils.reviewtracker.imports.PlanDraft.DraftRecommendation;

/**
 * Reads the plan out of a workbook as councils lay it out: a header row somewhere near the top of one or more
 * sheets, group heading rows ("PRIORITY 1: ..."), and recommendations with the rows of their actions. A
 * recommendation is either in its own column (blank or merged down on its actions' rows) or a row of its own: its
 * reference and its text, the rest of the row empty. Keys, legends and footers below the plan are not read.
 * Every text is fitted to what the database keeps, and the preview says how. Whatever it cannot interpret it
 * keeps as text and reports.
 */
final class PlanInterpreter {

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(priority|theme|area|section|group|objective|strand|workstream|part|key line of enquiry)\\b.*");
    /** "Key", "RAG key", "Key to ratings", "Key: Red – behind schedule; ...". */
    private static final Pattern KEY = Pattern.compile(
            "(?i)^(?:(?:b?rag|rating|status)\\s+)*(?:key|legend)(?:\\s+to\\s+[\\w ]{1,30})?(?:\\s*[:\\-–—].*)?$",
            Pattern.DOTALL);
    /** A line of a RAG legend in one cell: "Red = behind schedule", "G – on track". */
    private static final Pattern LEGEND_LINE = Pattern.compile(
            "(?i)^(?:red|amber|green|blue|grey|gray|black|purple|white|r|a|g|b)\\s*[=:\\-–—|]\\s*\\S.*", Pattern.DOTALL);
    private static final Set<String> COLOURS = Set.of("red", "amber", "green", "blue", "grey", "gray", "black",
            "purple", "white", "r", "a", "g", "b");
    /** The lines a document puts at its foot: owner, date of update, version, page, protective marking. */
    private static final Pattern FOOTER = Pattern.compile("(?i)^(?:document owner|owner|last updated|updated|"
            + "date updated|date of update|version|page \\d+|produced by|prepared by|approved by|author|next review|"
            + "review date|date of next review|printed|classification|protective marking|official)\\s*(?::|\\d|$).*",
            Pattern.DOTALL);

    private final List<RawSheet> sheets;
    private final Map<Integer, PlanField> overrides;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final List<DraftRecommendation> recommendations = new ArrayList<>();
    /** The row where each action was first met, by its text's key, under each recommendation (by identity). */
    private final Map<DraftRecommendation, Map<String, Integer>> actionRows = new IdentityHashMap<>();

    private PlanInterpreter(List<RawSheet> sheets, Map<Integer, PlanField> overrides) {
        this.sheets = sheets;
        this.overrides = overrides;
    }

    static PlanDraft read(List<RawSheet> sheets, Map<Integer, PlanField> overrides) {
        return new PlanInterpreter(sheets, overrides).read();
    }

    /** Whether any sheet has a row of column headers that a plan has: the least a file must have to be a plan. */
    static boolean hasPlanHeader(List<RawSheet> sheets) {
        return sheets.stream().anyMatch(sheet -> headerRow(sheet).isPresent());
    }

    /** Where a sheet's plan starts and what its columns hold. */
    private record SheetPlan(String sheet, int headerRow, List<ColumnMapping> columns) {
    }

    private PlanDraft read() {
        SheetPlan first = null;
        boolean several = sheets.stream().filter(PlanInterpreter::hasActionColumn).count() > 1;
        for (RawSheet sheet : sheets) {
            Optional<Integer> header = headerRow(sheet);
            if (header.isEmpty()) {
                if (sheets.size() > 1 && !sheet.rows().isEmpty()) {
                    issue(sheet.name(), 0, "", Severity.INFO, "import.sheet.ignored", sheet.name());
                }
                continue;
            }
            if (first == null) {
                first = plan(sheet, header.get(), several ? sheet.name() : null, true);
            } else {
                issue(sheet.name(), header.get() + 1, "", Severity.INFO, "import.sheet.alsoRead", sheet.name(),
                        header.get() + 1);
                plan(sheet, header.get(), sheet.name(), false);
            }
        }
        if (first == null) {
            String name = sheets.isEmpty() ? "" : sheets.get(0).name();
            issue(name, 0, "", Severity.ERROR, "import.header.missing");
            return new PlanDraft(name, 0, List.of(), List.of(), issues);
        }
        if (!recommendations.isEmpty() && recommendations.stream().allMatch(r -> r.actions().isEmpty())) {
            issue(first.sheet(), first.headerRow(), "", Severity.ERROR, "import.noActions");
        }
        return new PlanDraft(first.sheet(), first.headerRow(), first.columns(), recommendations, issues);
    }

    private static boolean hasActionColumn(RawSheet sheet) {
        return headerRow(sheet).map(r -> sheet.rows().get(r).stream()
                .anyMatch(cell -> PlanField.forHeader(cell).orElse(null) == PlanField.ACTION)).orElse(false);
    }

    private static Optional<Integer> headerRow(RawSheet sheet) {
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

    /**
     * Reads one sheet of the plan. The first sheet's columns are the ones the manager can correct; a later sheet
     * without an action column is not part of the plan (a summary of the recommendations, say) and is left out.
     */
    private SheetPlan plan(RawSheet sheet, int headerRow, String sheetGroup, boolean first) {
        List<ColumnMapping> columns = columns(sheet, headerRow, first);
        Map<PlanField, Integer> at = new EnumMap<>(PlanField.class);
        columns.stream().filter(c -> c.field() != PlanField.IGNORE).forEach(c -> at.put(c.field(), c.index()));
        boolean readable = true;
        if (!at.containsKey(PlanField.ACTION)) {
            readable = false;
            if (first) {
                issue(sheet.name(), headerRow + 1, "", Severity.ERROR, "import.column.noAction");
            } else {
                issue(sheet.name(), headerRow + 1, "", Severity.INFO, "import.sheet.noActions", sheet.name());
            }
        }
        if (first && !at.containsKey(PlanField.RECOMMENDATION) && !at.containsKey(PlanField.REF)) {
            readable = false;
            issue(sheet.name(), headerRow + 1, "", Severity.ERROR, "import.column.noRecommendation");
        }
        if (readable) {
            new SheetWalk(sheet, at, sheetGroup).walk(headerRow + 1);
        }
        return new SheetPlan(sheet.name(), headerRow + 1, columns);
    }

    private List<ColumnMapping> columns(RawSheet sheet, int headerRow, boolean report) {
        List<String> headers = sheet.rows().get(headerRow);
        List<ColumnMapping> columns = new ArrayList<>();
        Set<PlanField> taken = new HashSet<>();
        int refsByContent = referencesByContent(sheet, headerRow);
        if (report && refsByContent >= 0) {
            issue(sheet.name(), headerRow + 1, letter(refsByContent), Severity.INFO, "import.column.refsByContent",
                    headers.get(refsByContent));
        }
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            Optional<PlanField> recognised = c == refsByContent ? Optional.of(PlanField.REF)
                    : PlanField.forHeader(header);
            PlanField field = overrides.getOrDefault(c, recognised.orElse(PlanField.IGNORE));
            if (field != PlanField.IGNORE && !taken.add(field)) {
                if (report) {
                    issue(sheet.name(), headerRow + 1, letter(c), Severity.WARNING, "import.column.duplicate", header,
                            field);
                }
                field = PlanField.IGNORE;
            } else if (report && field == PlanField.IGNORE && !header.isBlank() && !overrides.containsKey(c)) {
                issue(sheet.name(), headerRow + 1, letter(c), Severity.WARNING, "import.column.unknown", header);
            }
            if (!header.isBlank() || field != PlanField.IGNORE) {
                columns.add(new ColumnMapping(c, letter(c), header, field, recognised.isPresent()));
            }
        }
        return columns;
    }

    /**
     * A column whose header says nothing we know ("Rec", "#", or no header at all) but whose cells are numbered
     * like references (R1, 2, 3a) is the reference column, when the plan has none and it comes before the
     * recommendations and actions. Returns its index, or -1.
     */
    private int referencesByContent(RawSheet sheet, int headerRow) {
        List<String> headers = sheet.rows().get(headerRow);
        int firstTextColumn = Integer.MAX_VALUE;
        for (int c = 0; c < headers.size(); c++) {
            PlanField field = overrides.getOrDefault(c, PlanField.forHeader(headers.get(c)).orElse(PlanField.IGNORE));
            if (field == PlanField.REF) {
                return -1;
            }
            if (field == PlanField.ACTION || field == PlanField.RECOMMENDATION) {
                firstTextColumn = Math.min(firstTextColumn, c);
            }
        }
        for (int c = 0; c < Math.min(firstTextColumn, headers.size()); c++) {
            if (overrides.containsKey(c) || PlanField.forHeader(headers.get(c)).isPresent()) {
                continue;
            }
            int filled = 0;
            int refs = 0;
            for (int r = headerRow + 1; r < sheet.rows().size(); r++) {
                String cell = sheet.cell(r, c);
                if (!cell.isBlank()) {
                    filled++;
                    refs += RecommendationRefs.isRef(cell) ? 1 : 0;
                }
            }
            if (refs >= 2 && refs * 10 >= filled * 6) {
                return c;
            }
        }
        return -1;
    }

    /** One filled cell of a row. */
    private record Filled(int column, String value) {
    }

    /** The rows of one sheet below its header, read in order. */
    private final class SheetWalk {

        private final RawSheet sheet;
        private final Map<PlanField, Integer> at;
        private final String sheetGroup;
        private String group;
        private DraftRecommendation current;

        SheetWalk(RawSheet sheet, Map<PlanField, Integer> at, String sheetGroup) {
            this.sheet = sheet;
            this.at = at;
            this.sheetGroup = sheetGroup;
        }

        void walk(int firstRow) {
            for (int r = firstRow; r < sheet.rows().size(); r++) {
                int row = r + 1;
                List<Filled> filled = filled(r);
                if (filled.isEmpty()) {
                    continue;
                }
                if (KEY.matcher(filled.get(0).value()).matches()) {
                    issue(sheet.name(), row, "", Severity.INFO, "import.row.key");
                    return;
                }
                if (!recommendations.isEmpty() && (legend(filled) || footer(filled))) {
                    issue(sheet.name(), row, letter(filled.get(0).column()), Severity.INFO, "import.row.notPlan",
                            filled.get(0).value());
                    continue;
                }
                Optional<String[]> ownRow = recommendationRow(r, filled);
                if (ownRow.isPresent()) {
                    startRecommendation(r, ownRow.get()[0], ownRow.get()[1], filled.get(0).column());
                    continue;
                }
                if (isHeading(filled)) {
                    group = filled.get(0).value().replaceAll(":\\s*$", "").strip();
                    continue;
                }
                readRow(r);
            }
        }

        private List<Filled> filled(int r) {
            List<Filled> filled = new ArrayList<>();
            List<String> cells = sheet.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    filled.add(new Filled(c, cells.get(c).strip()));
                }
            }
            return filled;
        }

        /** A legend of the RAG colours: "Red = behind schedule" in one cell, or "Red | Behind schedule". */
        private boolean legend(List<Filled> filled) {
            Filled first = filled.get(0);
            if (filled.size() == 1) {
                return LEGEND_LINE.matcher(first.value()).matches();
            }
            boolean inStatusColumn = first.column() == at.getOrDefault(PlanField.STATUS, -1)
                    || first.column() == at.getOrDefault(PlanField.RAG, -1);
            return filled.size() == 2 && !inStatusColumn && COLOURS.contains(PlanField.normalise(first.value()));
        }

        private boolean footer(List<Filled> filled) {
            return filled.size() <= 2 && FOOTER.matcher(filled.get(0).value()).matches();
        }

        /**
         * A recommendation on a row of its own: its reference and its text with the rest of the row empty (a text
         * merged across the action columns, or saved so as CSV), or both in one cell ("R3 RECOMMENDATION : ...").
         * Returns the reference (or null) and the text.
         */
        private Optional<String[]> recommendationRow(int r, List<Filled> filled) {
            int recommendationColumn = at.getOrDefault(PlanField.RECOMMENDATION, -1);
            if (filled.size() == 1) {
                Filled only = filled.get(0);
                if (only.column() == recommendationColumn) {
                    return Optional.empty();
                }
                Optional<String[]> split = RecommendationRefs.splitRefAndText(only.value());
                if (split.isPresent()) {
                    return split;
                }
                return RecommendationRefs.labelled(only.value())
                        && !RecommendationRefs.withoutLabel(only.value()).isBlank()
                        ? Optional.of(new String[] {null, RecommendationRefs.withoutLabel(only.value())})
                        : Optional.empty();
            }
            if (filled.size() != 2 || !RecommendationRefs.isRef(filled.get(0).value())
                    || filled.get(1).column() == recommendationColumn) {
                return Optional.empty();
            }
            Filled ref = filled.get(0);
            int refColumn = at.getOrDefault(PlanField.REF, ref.column());
            if (ref.column() != refColumn) {
                return Optional.empty();
            }
            String text = filled.get(1).value();
            boolean ownNumber = current != null && RecommendationRefs.isPartOf(ref.value(), current.ref());
            if (RecommendationRefs.labelled(text) || (!ownNumber && followedByActions(r, refColumn))) {
                return Optional.of(new String[] {RecommendationRefs.display(ref.value()),
                        RecommendationRefs.withoutLabel(text)});
            }
            return Optional.empty();
        }

        /** The next filled row is an action with no reference of its own: this row heads its actions. */
        private boolean followedByActions(int r, int refColumn) {
            for (int next = r + 1; next < sheet.rows().size(); next++) {
                if (!sheet.blank(next)) {
                    return sheet.cell(next, refColumn).isBlank() && !value(next, PlanField.ACTION).isBlank();
                }
            }
            return false;
        }

        /** A row whose only words (perhaps repeated across the row) are a heading: "PRIORITY 1: LEADERSHIP". */
        private boolean isHeading(List<Filled> filled) {
            Set<String> distinct = new HashSet<>();
            filled.forEach(cell -> distinct.add(cell.value()));
            if (distinct.size() != 1) {
                return false;
            }
            String value = filled.get(0).value();
            int column = filled.get(0).column();
            boolean inPlanColumn = column == at.getOrDefault(PlanField.RECOMMENDATION, -1)
                    || column == at.getOrDefault(PlanField.ACTION, -1)
                    || (column == at.getOrDefault(PlanField.REF, -1) && RecommendationRefs.isRef(value));
            boolean looksLikeHeading = HEADING.matcher(value).matches() || value.endsWith(":")
                    || (value.length() > 3 && value.equals(value.toUpperCase(Locale.UK)) && value.matches(".*[A-Z]{4}.*"));
            return filled.size() > 1 || looksLikeHeading || !inPlanColumn;
        }

        private void readRow(int r) {
            int row = r + 1;
            String refCell = value(r, PlanField.REF);
            String ref = refCell.isBlank() ? "" : RecommendationRefs.display(refCell);
            String text = RecommendationRefs.withoutLabel(value(r, PlanField.RECOMMENDATION));
            if (startsRecommendation(ref, text)) {
                startRecommendation(r, ref, text, at.getOrDefault(PlanField.RECOMMENDATION, -1));
            }
            String action = value(r, PlanField.ACTION);
            if (action.isBlank()) {
                if (current == null || current.row() != row) {
                    issue(sheet.name(), row, column(PlanField.ACTION), Severity.WARNING, "import.row.noAction");
                }
                return;
            }
            if (current == null) {
                issue(sheet.name(), row, column(PlanField.RECOMMENDATION), Severity.ERROR,
                        "import.row.noRecommendation");
                return;
            }
            Map<String, Integer> earlier = actionRows.computeIfAbsent(current, c -> new HashMap<>());
            String key = ActionTexts.key(StoredLengths.ACTION.cut(action));
            if (earlier.containsKey(key)) {
                issue(sheet.name(), row, column(PlanField.ACTION), Severity.WARNING, "import.row.duplicate",
                        earlier.get(key));
                return;
            }
            current.actions().stream().filter(a -> ActionTexts.nearlySame(a.text(), action)).findFirst()
                    .ifPresent(similar -> issue(sheet.name(), row, column(PlanField.ACTION), Severity.WARNING,
                            "import.row.nearDuplicate", similar.row(), similar.text()));
            earlier.put(key, row);
            current.actions().add(action(r, action));
        }

        private boolean startsRecommendation(String ref, String text) {
            if (ref.isBlank() && text.isBlank()) {
                return false;
            }
            if (current == null) {
                return true;
            }
            boolean sameRef = ref.isBlank() || sameRef(ref, current.ref())
                    || (text.isBlank() && RecommendationRefs.isPartOf(ref, current.ref()));
            boolean sameText = text.isBlank() || ActionTexts.same(StoredLengths.RECOMMENDATION.cut(text), current.text());
            return !(sameRef && sameText);
        }

        /**
         * Starts reading under a recommendation, or goes back to it when the plan has met it before: the same
         * reference (or, without one, the same text) is one recommendation wherever it appears.
         */
        private void startRecommendation(int r, String ref, String text, int textColumn) {
            int row = r + 1;
            String textLetter = textColumn < 0 ? "" : letter(textColumn);
            Optional<DraftRecommendation> met = recommendations.stream().filter(known -> ref == null || ref.isBlank()
                    ? known.ref() == null && ActionTexts.same(known.text(), StoredLengths.RECOMMENDATION.cut(text))
                    : sameRef(ref, known.ref())).findFirst();
            if (met.isPresent()) {
                current = met.get();
                return;
            }
            String wording = text;
            if (wording.isBlank()) {
                issue(sheet.name(), row, textLetter, Severity.WARNING, "import.row.recommendationWithoutText", ref);
                wording = "Recommendation " + ref;
            }
            String heading = value(r, PlanField.GROUP).isBlank() ? (group != null ? group : sheetGroup)
                    : value(r, PlanField.GROUP);
            current = new DraftRecommendation(sheet.name(), row,
                    cut(StoredLengths.REF, PlanField.REF, Text.blankToNull(ref), row, column(PlanField.REF)),
                    cut(StoredLengths.RECOMMENDATION, PlanField.RECOMMENDATION, wording, row, textLetter),
                    cut(StoredLengths.GROUP, PlanField.GROUP, heading, row, column(PlanField.GROUP)),
                    Text.blankToNull(value(r, PlanField.THEME)),
                    cut(StoredLengths.SOURCE, PlanField.SOURCE, Text.blankToNull(value(r, PlanField.SOURCE)), row,
                            column(PlanField.SOURCE)),
                    new ArrayList<>());
            recommendations.add(current);
        }

        /** References compared as they are kept, so a long one cut to its column is still itself. */
        private boolean sameRef(String ref, String kept) {
            return RecommendationRefs.key(StoredLengths.REF.cut(ref)).equals(RecommendationRefs.key(kept));
        }

        private DraftAction action(int r, String text) {
            int row = r + 1;
            String timescale = value(r, PlanField.TIMESCALE);
            String targetText = value(r, PlanField.TARGET);
            TargetDate target = PlanDates.parse(targetText).orElse(null);
            if (target == null && !targetText.isBlank()) {
                issue(sheet.name(), row, column(PlanField.TARGET), Severity.INFO, "import.row.targetAsTimescale",
                        targetText);
                timescale = timescale.isBlank() ? targetText : timescale;
            }
            if (target == null && targetText.isBlank() && !timescale.isBlank()) {
                target = PlanDates.parse(timescale).orElse(null);
            }
            StringBuilder note = new StringBuilder(value(r, PlanField.PROGRESS));
            String statusText = value(r, PlanField.STATUS);
            String statusColumn = column(PlanField.STATUS);
            if (statusText.isBlank()) {
                statusText = value(r, PlanField.RAG);
                statusColumn = column(PlanField.RAG);
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
                    addToNote(note, "Status", statusText);
                }
            }
            String kept = keep(StoredLengths.ACTION, PlanField.ACTION, "Action", text, row, note);
            String outcome = keep(StoredLengths.OUTCOME, PlanField.OUTCOME, "Outcome", value(r, PlanField.OUTCOME),
                    row, note);
            String measure = keep(StoredLengths.MEASURE, PlanField.MEASURE, "Success measure",
                    value(r, PlanField.MEASURE), row, note);
            String keptTimescale = keep(StoredLengths.TIMESCALE, PlanField.TIMESCALE, "Timescale", timescale, row,
                    note);
            String lead = keep(StoredLengths.LEAD, PlanField.LEAD, "Lead", value(r, PlanField.LEAD), row, note);
            String agency = keep(StoredLengths.AGENCY, PlanField.AGENCY, "Lead agency", value(r, PlanField.AGENCY),
                    row, note);
            String fullNote = note.toString();
            if (!StoredLengths.NOTE.fits(fullNote)) {
                issue(sheet.name(), row, column(PlanField.PROGRESS), Severity.WARNING, "import.row.noteCut",
                        fullNote.length(), StoredLengths.NOTE.length());
            }
            return new DraftAction(row, kept, outcome, measure, keptTimescale, target, lead, agency, status,
                    Text.blankToNull(StoredLengths.NOTE.cut(fullNote)));
        }

        /**
         * A cell cut to what its column keeps, its whole text added to the progress note so nothing the plan says
         * is lost; null when empty.
         */
        private String keep(StoredLengths length, PlanField field, String label, String text, int row,
                            StringBuilder note) {
            if (text.isBlank()) {
                return null;
            }
            if (length.fits(text)) {
                return text;
            }
            issue(sheet.name(), row, column(field), Severity.WARNING, "import.row.tooLongToNote",
                    new DefaultMessageSourceResolvable("planField." + field.name()), text.length(), length.length());
            addToNote(note, label, text);
            return length.cut(text);
        }

        /** A text cut to what its column keeps, the rest left out; the preview says so. */
        private String cut(StoredLengths length, PlanField field, String text, int row, String column) {
            if (length.fits(text)) {
                return text;
            }
            issue(sheet.name(), row, column, Severity.WARNING, "import.row.tooLong",
                    new DefaultMessageSourceResolvable("planField." + field.name()), text.length(), length.length());
            return length.cut(text);
        }

        private String value(int r, PlanField field) {
            Integer column = at.get(field);
            return column == null ? "" : sheet.cell(r, column).strip();
        }

        private String column(PlanField field) {
            Integer index = at.get(field);
            return index == null ? "" : letter(index);
        }
    }

    /** What the plan said that its column could not hold, as a line of the progress note. */
    private static void addToNote(StringBuilder note, String label, String text) {
        if (!note.isEmpty()) {
            note.append('\n');
        }
        note.append(label).append(" in the plan: ").append(text);
    }

    static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** Lower case with runs of whitespace as one space: how names are compared. */
    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).replaceAll("\\s+", " ").strip();
    }

    private void issue(String sheet, int row, String column, Severity severity, String key, Object... arguments) {
        issues.add(new ImportIssue(sheet, row, column, severity, key, List.of(arguments)));
    }
}
