package uk.councils.reviewtracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests find Chromium and its driver on the PATH too, not only where Debian installs them. */
class ChromiumLocationTest {

    private static final List<String> NAMES = List.of("chromium-of-issue-15");

    @TempDir
    Path elsewhere;

    @Test
    void anExecutableOnThePathIsFound() throws IOException {
        Path chromium = Files.createFile(elsewhere.resolve(NAMES.get(0)));
        assertThat(chromium.toFile().setExecutable(true)).isTrue();

        assertThat(Browser.find(NAMES, "/nowhere" + File.pathSeparator + elsewhere)).contains(chromium);
    }

    @Test
    void aFileThatCannotBeRunIsNotChromium() throws IOException {
        Files.createFile(elsewhere.resolve(NAMES.get(0)));

        assertThat(Browser.find(NAMES, elsewhere.toString())).isEmpty();
    }

    @Test
    void withNoPathOnlyUsrBinIsLookedIn() {
        assertThat(Browser.find(NAMES, null)).isEmpty();
    }
}
