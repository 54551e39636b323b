package uk.councils.reviewtracker.frameworks;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.councils.reviewtracker.common.AuditedEntity;

/** A set of ordered themes a review is structured by: the LGA signposts, Working Together areas, or a council's own. */
@Entity
public class Framework extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Theme> themes = new ArrayList<>();

    protected Framework() {
    }

    public Framework(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<Theme> getThemes() {
        return Collections.unmodifiableList(themes);
    }

    public Theme addTheme(String themeName) {
        Theme theme = new Theme(this, themeName, themes.size() + 1);
        themes.add(theme);
        return theme;
    }
}
