package uk.councils.reviewtracker.frameworks;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.councils.reviewtracker.common.NotFoundException;

@Service
@Transactional(readOnly = true)
public class FrameworkService {

    private final FrameworkRepository frameworks;
    private final ThemeRepository themes;
    private final ApplicationEventPublisher events;

    FrameworkService(FrameworkRepository frameworks, ThemeRepository themes, ApplicationEventPublisher events) {
        this.events = events;
        this.frameworks = frameworks;
        this.themes = themes;
    }

    public List<Framework> all() {
        return frameworks.findAllByOrderByNameAsc();
    }

    public Framework get(Long id) {
        return frameworks.findWithThemesById(id).orElseThrow(() -> new NotFoundException("Framework", id));
    }

    /** The themes of a review's framework in order, loaded; none when the review has no framework. */
    public List<Theme> themesOf(Framework framework) {
        return framework == null ? List.of() : get(framework.getId()).getThemes();
    }

    public Optional<Framework> findByName(String name) {
        return frameworks.findByName(name);
    }

    public Theme theme(Long id) {
        return themes.findById(id).orElseThrow(() -> new NotFoundException("Theme", id));
    }

    public boolean nameTaken(String name) {
        return frameworks.existsByNameIgnoreCase(name.strip());
    }

    @Transactional
    public Framework create(String name, String description, List<String> themeNames) {
        Framework framework = new Framework(name.strip(), description);
        themeNames.forEach(framework::addTheme);
        Framework saved = frameworks.save(framework);
        events.publishEvent(new FrameworkAdded(saved.getId(), "Added framework \"" + saved.getName() + "\" with "
                + themeNames.size() + " themes"));
        return saved;
    }
}
