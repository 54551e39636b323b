package uk.councils.reviewtracker.actions;

import java.util.List;
import uk.councils.reviewtracker.common.web.Option;

/** What the My actions filter offers: every review (newest first), theme (by framework) and agency (by name). */
public record FilterOptions(List<Option> reviews, List<Option> themes, List<Option> agencies) {
}
