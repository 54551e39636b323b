package uk.councils.reviewtracker.briefings;

import java.util.function.BiFunction;

/**
 * The columns of an exported action plan, in order. Spreadsheet imports read the same headers, so a plan
 * exported and imported again comes back unchanged.
 */
public enum PlanColumn {
    REF("Ref", (line, labels) -> line.ref()),
    RECOMMENDATION("Recommendation", (line, labels) -> line.recommendation()),
    GROUP("Priority or group", (line, labels) -> line.group()),
    THEME("Theme", (line, labels) -> line.theme()),
    ACTION("Action", (line, labels) -> line.action()),
    OUTCOME("Intended outcome", (line, labels) -> line.outcome()),
    MEASURE("Success measure", (line, labels) -> line.measure()),
    LEAD("Lead officer", (line, labels) -> line.lead()),
    AGENCY("Lead agency", (line, labels) -> line.agency()),
    TIMESCALE("Timescale", (line, labels) -> line.timescale()),
    TARGET("Target date", (line, labels) -> line.target() == null ? null : line.target().formValue()),
    STATUS("Status", (line, labels) -> labels.status(line.status())),
    RAG("RAG", (line, labels) -> labels.rag(line.rag())),
    PROGRESS("Latest progress", (line, labels) -> line.latestNote()),
    PROGRESS_DATE("Progress date", (line, labels) -> labels.day(line.lastUpdateAt()));

    private final String header;
    private final BiFunction<PlanLine, Labels, String> value;

    PlanColumn(String header, BiFunction<PlanLine, Labels, String> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    String valueOf(PlanLine line, Labels labels) {
        String text = value.apply(line, labels);
        return text == null ? "" : text;
    }
}
