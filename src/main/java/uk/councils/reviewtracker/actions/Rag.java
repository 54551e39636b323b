package uk.councils.reviewtracker.actions;

/**
 * The rating shown beside every action, always as a text label with the colour (never colour alone).
 * The GOV.UK tag modifier gives the colour; the message key gives the words.
 */
public enum Rag {
    COMPLETE("blue"),
    ON_SCHEDULE("green"),
    AT_RISK("yellow"),
    BEHIND_SCHEDULE("red"),
    NOT_STARTED("grey"),
    RESCHEDULED("purple"),
    SUSPENDED("orange");

    private final String colour;

    Rag(String colour) {
        this.colour = colour;
    }

    public String getTagClass() {
        return "govuk-tag--" + colour;
    }

    /** The colour of the rating in charts and their keys, one CSS rule per colour (app.css). */
    public String getChartClass() {
        return "app-rag--" + colour;
    }

    public String getMessageKey() {
        return "rag." + name();
    }
}
