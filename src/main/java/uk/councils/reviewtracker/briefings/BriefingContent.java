package uk.councils.reviewtracker.briefings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.councils.reviewtracker.actions.Rag;

/**
 * What a briefing says, in order, independent of the format: the page, the PDF and the Word document all print
 * these blocks, so they always agree.
 */
@Component
class BriefingContent {

    /** A piece of a briefing; {@link #kind()} lets a template tell them apart. */
    interface Block {
        String kind();
    }

    record Heading(int level, String text) implements Block {
        public String kind() {
            return "heading";
        }
    }

    record Text(String text) implements Block {
        public String kind() {
            return "text";
        }
    }

    /** A table; {@code widths} are each column's share of the line, in per cent, so the long text gets room. */
    record Table(String caption, List<String> headers, List<List<String>> rows, List<Integer> widths)
            implements Block {
        public String kind() {
            return "table";
        }
    }

    /** Where the appendix starts: a new page (landscape in Word) headed with its title. */
    record Appendix(String text) implements Block {
        public String kind() {
            return "appendix";
        }
    }

    private static final List<Integer> TWO_COLUMNS = List.of(28, 72);
    private static final List<Integer> CHANGE_COLUMNS = List.of(7, 51, 21, 21);

    private final Labels labels;

    BriefingContent(Labels labels) {
        this.labels = labels;
    }

    String title(BriefingDocument document) {
        Briefing briefing = document.briefing();
        return labels.text("briefingTemplate." + briefing.getTemplate()) + ": " + briefing.getReview().getTitle()
                + " (" + briefing.getReview().getOrganisation().getName() + ")";
    }

    List<Block> blocks(BriefingDocument document) {
        Briefing briefing = document.briefing();
        BriefingTemplate template = briefing.getTemplate();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, title(document)));
        blocks.add(meeting(briefing));
        for (BriefingSection section : document.sections()) {
            List<Block> generated = new ArrayList<>();
            if (section.getKey().equals(template.figuresAfter())) {
                generated.add(figures(document));
                generated.add(ragKey());
                generated.addAll(changes(document.changes()));
            }
            if (template.isShowsProgress() && "behind".equals(section.getKey())
                    && !document.behindSchedule().isEmpty()) {
                generated.add(behind(document.behindSchedule()));
            }
            boolean written = section.getBody() != null && !section.getBody().isBlank();
            if (written || !generated.isEmpty()) {
                blocks.add(new Heading(2, section.getHeading()));
            }
            if (written) {
                blocks.add(new Text(section.getBody()));
            }
            blocks.addAll(generated);
        }
        if (template == BriefingTemplate.BRIEFING_NOTE) {
            blocks.add(new Heading(2, labels.text("briefing.author")));
            blocks.add(new Text(briefing.getAuthor()));
        }
        if (template.isAppendsPlan()) {
            blocks.add(new Appendix(labels.text("briefing.appendix")));
            blocks.addAll(plan(document.plan()));
        }
        return blocks;
    }

    private Table meeting(Briefing briefing) {
        List<List<String>> rows = new ArrayList<>();
        if (briefing.getAddressedTo() != null) {
            rows.add(List.of(labels.text("briefing.to"), briefing.getAddressedTo()));
        }
        rows.add(List.of(labels.text("briefing.meeting"), briefing.getMeetingName()));
        rows.add(List.of(labels.text("briefing.date"), labels.day(briefing.getMeetingDate())));
        rows.add(List.of(labels.text("briefing.re"), briefing.getSubject() != null ? briefing.getSubject()
                : briefing.getReview().getTitle()));
        rows.add(List.of(labels.text(briefing.getTemplate() == BriefingTemplate.COMMITTEE_REPORT
                ? "briefing.reportOf" : "briefing.authorLabel"), briefing.getAuthor()));
        rows.add(List.of(labels.text("briefing.status"), briefing.isIssued()
                ? labels.text("briefing.issuedOn", labels.day(briefing.getIssuedAt()))
                : labels.text("briefingStatus.DRAFT")));
        return new Table(labels.text("briefing.about"), List.of(labels.text("briefing.item"),
                labels.text("briefing.detail")), rows, TWO_COLUMNS);
    }

    private Table figures(BriefingDocument document) {
        Map<Rag, Integer> counts = document.counts();
        List<List<String>> rows = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            rows.add(List.of(labels.rag(rag), String.valueOf(counts.get(rag))));
        }
        rows.add(List.of(labels.text("briefing.total"), String.valueOf(document.total())));
        rows.add(List.of(labels.text("briefing.percentComplete"), document.percentComplete() + "%"));
        return new Table(labels.text("briefing.figures"), List.of(labels.text("action.rag"),
                labels.text("briefing.actions")), rows, List.of(50, 50));
    }

    private Table behind(List<PlanLine> lines) {
        List<List<String>> rows = lines.stream().map(line -> List.of(nz(line.ref()), line.action(), nz(line.lead()),
                target(line), nz(line.latestNote()))).toList();
        return new Table(labels.text("briefing.behindTable", lines.size()), List.of(labels.text("briefing.ref"),
                labels.text("action.text"), labels.text("action.leadOfficer"), labels.text("action.target"),
                labels.text("briefing.latestNote")), rows, List.of(7, 33, 16, 13, 31));
    }

    private List<Block> changes(Changes changes) {
        List<Block> blocks = new ArrayList<>();
        if (changes == null) {
            return blocks;
        }
        Briefing previous = changes.previous();
        blocks.add(new Heading(3, labels.text("briefing.changes", previous.getMeetingName(),
                labels.day(previous.getMeetingDate()))));
        if (changes.none()) {
            blocks.add(new Text(labels.text("briefing.changes.none")));
            return blocks;
        }
        addChanges(blocks, "briefing.changes.completed", changes.completed(), false);
        addChanges(blocks, "briefing.changes.slipped", changes.slipped(), true);
        addChanges(blocks, "briefing.changes.newlyBehind", changes.newlyBehind(), false);
        addChanges(blocks, "briefing.changes.targetsMoved", changes.targetsMoved(), true);
        if (!changes.added().isEmpty()) {
            blocks.add(new Table(labels.text("briefing.changes.added", changes.added().size()),
                    List.of(labels.text("briefing.ref"), labels.text("action.text"), labels.text("action.target")),
                    changes.added().stream().map(line -> List.of(nz(line.ref()), line.action(), target(line)))
                            .toList(), List.of(7, 72, 21)));
        }
        return blocks;
    }

    private void addChanges(List<Block> blocks, String key, List<Changes.Change> changes, boolean targets) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> headers = targets
                ? List.of(labels.text("briefing.ref"), labels.text("action.text"), labels.text("briefing.was"),
                        labels.text("briefing.now"))
                : List.of(labels.text("briefing.ref"), labels.text("action.text"), labels.text("briefing.wasStatus"),
                        labels.text("briefing.nowStatus"));
        List<List<String>> rows = changes.stream().map(change -> targets
                ? List.of(nz(change.now().ref()), change.now().action(), target(change.before()), target(change.now()))
                : List.of(nz(change.now().ref()), change.now().action(), labels.rag(change.before().rag()),
                        labels.rag(change.now().rag()))).toList();
        blocks.add(new Table(labels.text(key, changes.size()), headers, rows, CHANGE_COLUMNS));
    }

    /**
     * The plan grouped under its recommendations, each with its number and text, so an action reads in context.
     * The RAG rating is given once: it already says whether the action is complete.
     */
    private List<Block> plan(List<PlanLine> plan) {
        Map<String, List<PlanLine>> byRecommendation = new LinkedHashMap<>();
        for (PlanLine line : plan) {
            byRecommendation.computeIfAbsent(nz(line.ref()) + "\u0000" + line.recommendation(),
                    key -> new ArrayList<>()).add(line);
        }
        List<Block> blocks = new ArrayList<>();
        if (plan.isEmpty()) {
            blocks.add(new Text(labels.text("briefing.appendix.empty")));
        }
        for (List<PlanLine> lines : byRecommendation.values()) {
            PlanLine first = lines.get(0);
            String name = first.ref() == null ? labels.text("recommendation.unnumbered")
                    : labels.text("recommendation.refLabel", first.ref());
            blocks.add(new Heading(3, name));
            blocks.add(new Text(first.recommendation()));
            List<List<String>> rows = lines.stream().map(line -> List.of(line.action(), nz(line.lead()), target(line),
                    labels.rag(line.rag()), nz(line.latestNote()))).toList();
            blocks.add(new Table(labels.text("briefing.appendixTable", name, lines.size()),
                    List.of(labels.text("action.text"), labels.text("action.leadOfficer"),
                            labels.text("action.target"), labels.text("action.rag"),
                            labels.text("briefing.latestNote")), rows, List.of(33, 14, 11, 15, 27)));
        }
        return blocks;
    }

    private Table ragKey() {
        List<List<String>> rows = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            rows.add(List.of(labels.rag(rag), labels.ragMeaning(rag)));
        }
        return new Table(labels.text("rag.key"), List.of(labels.text("action.rag"), labels.text("briefing.meaning")),
                rows, TWO_COLUMNS);
    }

    private String target(PlanLine line) {
        return line.target() == null ? nz(line.timescale()) : line.target().display();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
