package uk.councils.reviewtracker.frameworks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** A new framework: its name and its themes, one per line in the order they are to appear. */
class FrameworkForm {

    @NotBlank(message = "{framework.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name;
    @Size(max = 2000, message = "{field.tooLong}")
    private String description;
    @NotBlank(message = "{framework.themes.required}")
    @Size(max = 10000, message = "{field.tooLong}")
    private String themes;

    public FrameworkForm() {
    }

    FrameworkForm(String name, String description, String themes) {
        this.name = name;
        this.description = description;
        this.themes = themes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    static FrameworkForm empty() {
        return new FrameworkForm("", "", "");
    }

    List<String> themeNames() {
        return Arrays.stream(themes.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
