package uk.councils.reviewtracker.actions;

/**
 * The rating shown beside every action, always as a text label with the colour (never colour alone), and the one
 * place that gives each rating its colour: the GOV.UK tag colour of pages and charts, and its light tint for
 * spreadsheet cells. The message key gives the words.
 */
public enum Rag {
    COMPLETE("blue", "BBD4EA"),
    ON_SCHEDULE("green", "CCE2D8"),
    AT_RISK("yellow", "FFF7BF"),
    BEHIND_SCHEDULE("red", "F4CDC6"),
    NOT_STARTED("grey", "E5E6E7"),
    RESCHEDULED("purple", "DBD5E9"),
    SUSPENDED("orange", "FCD6C3");

    private final String colour;
    private final String tint;

    Rag(String colour, String tint) {
        this.colour = colour;
        this.tint = tint;
    }

    public String getTagClass() {
        return "govuk-tag--" + colour;
    }

    /** The colour of the rating in charts and their keys, one CSS rule per colour (app.css). */
    public String getChartClass() {
        return "app-rag--" + colour;
    }

    /** The light tint of the tag colour (GOV.UK's tag background), as RGB hex, under dark text (contrast > 7:1). */
    public String getTint() {
        return tint;
    }

    public String getMessageKey() {
        return "rag." + name();
    }
}
