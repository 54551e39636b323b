package uk.councils.reviewtracker.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import uk.councils.reviewtracker.briefings.PlanColumn;

/**
 * What a column of a council's plan holds, with the header words councils use for it: first the header the
 * plan's export writes ({@link PlanColumn}), so that an exported plan reads back as it was. Headers are compared
 * ignoring case and punctuation: "Lead Officer(s)" is "lead officer s".
 */
public enum PlanField {
    REF(PlanColumn.REF, "reference", "rec no", "rec number", "recommendation no", "recommendation number",
            "recommendation ref", "ref no", "no", "number", "item"),
    RECOMMENDATION(PlanColumn.RECOMMENDATION, "recommendations", "recommendation text", "area for improvement",
            "area for development", "areas for development", "issue", "key issue", "finding", "priority area"),
    GROUP(PlanColumn.GROUP, "priority", "group", "section", "workstream", "heading", "objective", "strand"),
    THEME(PlanColumn.THEME, "signpost", "key area", "kloe", "line of enquiry"),
    ACTION(PlanColumn.ACTION, "actions", "action required", "actions required", "action to be taken",
            "actions to be taken", "what we will do", "action planned", "planned action", "key actions", "task",
            "tasks"),
    OUTCOME(PlanColumn.OUTCOME, "outcome", "outcomes", "expected outcome", "desired outcome", "impact"),
    MEASURE(PlanColumn.MEASURE, "measure", "measures", "success measures", "measure of success",
            "measures of success", "success criteria", "evidence", "evidence of success", "how will we know",
            "performance measure", "kpi"),
    SOURCE(null, "source", "source of recommendation", "origin"),
    TIMESCALE(PlanColumn.TIMESCALE, "timescales", "timeframe", "time scale", "time frame"),
    LEAD(PlanColumn.LEAD, "lead", "lead officers", "lead officer s", "responsible", "responsible officer",
            "responsibility", "owner", "action owner", "by whom", "who", "lead person", "accountable officer"),
    AGENCY(PlanColumn.AGENCY, "agency", "partner", "lead partner", "organisation", "service", "lead service",
            "team"),
    TARGET(PlanColumn.TARGET, "target", "by when", "deadline", "due date", "due", "completion date",
            "target completion date", "date", "when"),
    PROGRESS(PlanColumn.PROGRESS, "progress", "update", "updates", "progress update", "progress to date",
            "comments", "comment", "notes", "commentary", "current position", "progress notes"),
    PROGRESS_DATE(PlanColumn.PROGRESS_DATE, "date of update", "last updated", "update date", "date updated"),
    STATUS(PlanColumn.STATUS, "progress status", "current status", "action status"),
    RAG(PlanColumn.RAG, "rag status", "rag rating", "brag", "brag status", "rating", "red amber green"),
    IGNORE(null);

    private final List<String> headers;

    /** A column the export writes is known by the header it writes, and by the other words councils use. */
    PlanField(PlanColumn exported, String... otherHeaders) {
        this.headers = exported == null ? List.of(otherHeaders)
                : Stream.concat(Stream.of(normalise(exported.header())), Stream.of(otherHeaders)).toList();
    }

    /** The field a header names: an exact match first, then the longest known header it contains. */
    public static Optional<PlanField> forHeader(String header) {
        String words = normalise(header);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (PlanField field : values()) {
            if (field.headers.contains(words)) {
                return Optional.of(field);
            }
        }
        return Arrays.stream(values())
                .flatMap(field -> field.headers.stream().filter(known -> known.length() > 3)
                        .filter(known -> (" " + words + " ").contains(" " + known + " "))
                        .map(known -> new Object[] {field, known.length()}))
                .max((a, b) -> Integer.compare((int) a[1], (int) b[1]))
                .map(best -> (PlanField) best[0]);
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
