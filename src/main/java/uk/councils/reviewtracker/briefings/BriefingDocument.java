package uk.councils.reviewtracker.briefings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.councils.reviewtracker.actions.Rag;

/** Everything a briefing prints, whatever the format: its narrative, its frozen plan and what changed. */
public record BriefingDocument(Briefing briefing, List<BriefingSection> sections, List<PlanLine> plan,
                               Changes changes) {

    public Map<Rag, Integer> counts() {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, (int) plan.stream().filter(line -> line.rag() == rag).count());
        }
        return counts;
    }

    public int total() {
        return plan.size();
    }

    public int percentComplete() {
        return plan.isEmpty() ? 0 : counts().get(Rag.COMPLETE) * 100 / plan.size();
    }

    public List<PlanLine> behindSchedule() {
        return plan.stream().filter(PlanLine::behindSchedule).toList();
    }
}
