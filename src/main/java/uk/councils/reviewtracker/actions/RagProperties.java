package uk.councils.reviewtracker.actions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the RAG rule. An action is at risk when it is due within {@code dueSoonDays} and has had no
 * progress update for {@code quietDays}.
 */
@ConfigurationProperties("app.rag")
public record RagProperties(@DefaultValue("30") int dueSoonDays, @DefaultValue("60") int quietDays) {
}
