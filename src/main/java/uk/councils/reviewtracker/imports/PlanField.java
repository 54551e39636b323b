package uk.councils.reviewtracker.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a council's plan holds, with the header words councils use for it. Headers are compared
 * ignoring case and punctuation: "Lead Officer(s)" is "lead officer s".
 */
public enum PlanField {
    REF("ref", "reference", "rec no", "rec number", "recommendation no", "recommendation number",
            "recommendation ref", "ref no", "no", "number", "item"),
    RECOMMENDATION("recommendation", "recommendations", "recommendation text", "area for improvement",
            "area for development", "areas for development", "issue", "key issue", "finding", "priority area"),
    GROUP("priority or group", "priority", "group", "section", "workstream", "heading", "objective", "strand"),
    THEME("theme", "signpost", "key area", "kloe", "line of enquiry"),
    ACTION("action", "actions", "action required", "actions required", "action to be taken", "actions to be taken",
            "what we will do", "action planned", "planned action", "key actions", "task", "tasks"),
    OUTCOME("outcome", "outcomes", "intended outcome", "expected outcome", "desired outcome", "impact"),
    MEASURE("measure", "measures", "success measure", "success measures", "measure of success", "measures of success",
            "success criteria", "evidence", "evidence of success", "how will we know", "performance measure", "kpi"),
    SOURCE("source", "source of recommendation", "origin"),
    TIMESCALE("timescale", "timescales", "timeframe", "time scale", "time frame"),
    LEAD("lead", "lead officer", "lead officers", "lead officer s", "responsible", "responsible officer",
            "responsibility", "owner", "action owner", "by whom", "who", "lead person", "accountable officer"),
    AGENCY("lead agency", "agency", "partner", "lead partner", "organisation", "service", "lead service", "team"),
    TARGET("target date", "target", "by when", "deadline", "due date", "due", "completion date",
            "target completion date", "date", "when"),
    PROGRESS("latest progress", "progress", "update", "updates", "progress update", "progress to date", "comments",
            "comment", "notes", "commentary", "current position", "progress notes"),
    PROGRESS_DATE("progress date", "date of update", "last updated", "update date", "date updated"),
    STATUS("status", "progress status", "current status", "action status"),
    RAG("rag", "rag status", "rag rating", "brag", "brag status", "rating", "red amber green"),
    IGNORE;

    private final List<String> headers;

    PlanField(String... headers) {
        this.headers = List.of(headers);
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
