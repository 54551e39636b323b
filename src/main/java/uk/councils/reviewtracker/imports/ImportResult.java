package uk.councils.reviewtracker.imports;

/** What an import did. */
public record ImportResult(Long reviewId, int recommendationsCreated, int actionsCreated, int actionsUpdated,
                           int actionsUnchanged) implements java.io.Serializable {
}
