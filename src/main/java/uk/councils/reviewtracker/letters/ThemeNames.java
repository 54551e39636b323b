package uk.councils.reviewtracker.letters;

import java.util.List;
import java.util.Optional;
import uk.councils.reviewtracker.frameworks.Framework;
import uk.councils.reviewtracker.frameworks.Theme;
import uk.councils.reviewtracker.frameworks.ThemeMatcher;

/** The framework theme a heading names, among theme names that may not be saved yet (a new framework). */
final class ThemeNames {

    private ThemeNames() {
    }

    static Optional<String> match(String heading, List<String> names) {
        Framework unsaved = new Framework("draft", null);
        names.forEach(unsaved::addTheme);
        return ThemeMatcher.match(heading, unsaved.getThemes()).map(Theme::getName);
    }
}
