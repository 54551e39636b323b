package uk.councils.reviewtracker.frameworks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** A new framework: its name and its themes, one per line in the order they are to appear. */
record FrameworkForm(
        @NotBlank(message = "{framework.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @Size(max = 2000, message = "{field.tooLong}") String description,
        @NotBlank(message = "{framework.themes.required}") @Size(max = 10000, message = "{field.tooLong}")
        String themes) {

    static FrameworkForm empty() {
        return new FrameworkForm("", "", "");
    }

    List<String> themeNames() {
        return Arrays.stream(themes.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
