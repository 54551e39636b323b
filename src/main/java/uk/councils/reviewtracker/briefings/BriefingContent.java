package uk.councils.reviewtracker.briefings;

import java.util.ArrayList;
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

    record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public String kind() {
            return "table";
        }
    }

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
            blocks.add(new Heading(2, section.getHeading()));
            if (section.getBody() != null && !section.getBody().isBlank()) {
                blocks.add(new Text(section.getBody()));
            }
            if (section.getKey().equals(template.figuresAfter())) {
                blocks.add(figures(document));
            }
            if (template.isShowsProgress() && "behind".equals(section.getKey())) {
                blocks.add(behind(document.behindSchedule()));
            }
        }
        if (template.isShowsProgress()) {
            blocks.addAll(changes(document.changes()));
        }
        if (template == BriefingTemplate.BRIEFING_NOTE) {
            blocks.add(new Heading(2, labels.text("briefing.author")));
            blocks.add(new Text(briefing.getAuthor()));
        }
        if (template.isAppendsPlan()) {
            blocks.add(new Heading(1, labels.text("briefing.appendix")));
            blocks.add(plan(document.plan()));
        }
        if (template.isShowsProgress()) {
            blocks.add(new Heading(2, labels.text("rag.key")));
            blocks.add(ragKey());
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
        rows.add(List.of(labels.text("briefing.authorLabel"), briefing.getAuthor()));
        rows.add(List.of(labels.text("briefing.status"), briefing.isIssued()
                ? labels.text("briefing.issuedOn", labels.day(briefing.getIssuedAt()))
                : labels.text("briefingStatus.DRAFT")));
        return new Table(labels.text("briefing.about"), List.of(labels.text("briefing.item"),
                labels.text("briefing.detail")), rows);
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
                labels.text("briefing.actions")), rows);
    }

    private Table behind(List<PlanLine> lines) {
        List<List<String>> rows = lines.stream().map(line -> List.of(nz(line.ref()), line.action(), nz(line.lead()),
                target(line), nz(line.latestNote()))).toList();
        return new Table(labels.text("briefing.behindTable", lines.size()), List.of(labels.text("briefing.ref"),
                labels.text("action.text"), labels.text("action.leadOfficer"), labels.text("action.target"),
                labels.text("briefing.latestNote")), rows);
    }

    private List<Block> changes(Changes changes) {
        List<Block> blocks = new ArrayList<>();
        if (changes == null) {
            return blocks;
        }
        Briefing previous = changes.previous();
        blocks.add(new Heading(2, labels.text("briefing.changes", previous.getMeetingName(),
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
                            .toList()));
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
        blocks.add(new Table(labels.text(key, changes.size()), headers, rows));
    }

    private Table plan(List<PlanLine> plan) {
        List<List<String>> rows = plan.stream().map(line -> List.of(nz(line.ref()), line.action(), nz(line.lead()),
                target(line), labels.status(line.status()), labels.rag(line.rag()), nz(line.latestNote()))).toList();
        return new Table(labels.text("briefing.appendixTable", plan.size()), List.of(labels.text("briefing.ref"),
                labels.text("action.text"), labels.text("action.leadOfficer"), labels.text("action.target"),
                labels.text("action.status"), labels.text("action.rag"), labels.text("briefing.latestNote")), rows);
    }

    private Table ragKey() {
        List<List<String>> rows = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            rows.add(List.of(labels.rag(rag), labels.ragMeaning(rag)));
        }
        return new Table(labels.text("rag.key"), List.of(labels.text("action.rag"), labels.text("briefing.meaning")),
                rows);
    }

    private String target(PlanLine line) {
        return line.target() == null ? nz(line.timescale()) : line.target().display();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
