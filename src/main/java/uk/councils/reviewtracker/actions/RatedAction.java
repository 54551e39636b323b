package uk.councils.reviewtracker.actions;

/** An action with its RAG rating, as pages and exports show it. */
public record RatedAction(Action action, Rag rag) {
}
