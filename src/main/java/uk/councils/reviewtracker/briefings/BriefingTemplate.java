package uk.councils.reviewtracker.briefings;

import java.util.List;

/**
 * The papers councils table at committee, with the narrative sections each one has (message keys
 * {@code briefing.section.KEY}). Which generated parts each prints is decided by the flags.
 */
public enum BriefingTemplate {
    BRIEFING_NOTE(List.of("purpose", "findings", "recommendations"), null, false),
    PROGRESS_UPDATE(List.of("background", "summary", "behind", "nextSteps"), "summary", false),
    /** The shape of an English council's committee paper, with the whole plan as its appendix. */
    COMMITTEE_REPORT(List.of("reportPurpose", "decisions", "background", "progress", "behind", "nextSteps",
            "implications", "backgroundPapers", "contactOfficer"), "progress", true);

    private final List<String> sections;
    private final String figuresAfter;
    private final boolean appendsPlan;

    BriefingTemplate(List<String> sections, String figuresAfter, boolean appendsPlan) {
        this.sections = sections;
        this.figuresAfter = figuresAfter;
        this.appendsPlan = appendsPlan;
    }

    /** The section after which the figures table is printed. */
    public String figuresAfter() {
        return figuresAfter;
    }

    public List<String> getSections() {
        return sections;
    }

    /** Figures, the behind-schedule table and the changes since the previous briefing. */
    public boolean isShowsProgress() {
        return figuresAfter != null;
    }

    /** The whole action plan as an appendix, with the RAG key. */
    public boolean isAppendsPlan() {
        return appendsPlan;
    }
}
