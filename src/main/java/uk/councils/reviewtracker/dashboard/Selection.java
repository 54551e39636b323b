package uk.councils.reviewtracker.dashboard;

import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import uk.councils.reviewtracker.actions.PlanRow;
import uk.councils.reviewtracker.actions.Rag;

/**
 * Which actions a figure counts. The same selection counts a figure and lists the actions behind it, so the
 * number on the dashboard and the length of the list can never disagree. Every part is optional.
 */
public record Selection(Rag rag, String theme, String group, Boolean overdue, Boolean stale) {

    public static Selection all() {
        return new Selection(null, null, null, null, null);
    }

    public Selection withRag(Rag value) {
        return new Selection(value, theme, group, overdue, stale);
    }

    public Selection withTheme(String value) {
        return new Selection(rag, value, group, overdue, stale);
    }

    public Selection withGroup(String value) {
        return new Selection(rag, theme, value, overdue, stale);
    }

    public Selection overdueOnly() {
        return new Selection(rag, theme, group, true, stale);
    }

    public Selection staleOnly() {
        return new Selection(rag, theme, group, overdue, true);
    }

    public boolean matches(PlanRow row) {
        return (rag == null || rag == row.rag())
                && (theme == null || theme.equals(row.theme()))
                && (group == null || group.equals(row.group()))
                && (overdue == null || overdue == row.overdue())
                && (stale == null || stale == row.stale());
    }

    public List<PlanRow> filter(List<PlanRow> rows) {
        return rows.stream().filter(this::matches).toList();
    }

    /** The query string of the list of actions behind a figure ("?rag=...&theme=..."), encoded. */
    public String query() {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (rag != null) {
            query.queryParam("rag", rag.name());
        }
        if (theme != null) {
            query.queryParam("theme", theme);
        }
        if (group != null) {
            query.queryParam("group", group);
        }
        if (overdue != null) {
            query.queryParam("overdue", overdue);
        }
        if (stale != null) {
            query.queryParam("stale", stale);
        }
        return query.encode().build().toUriString();
    }
}
