package uk.councils.reviewtracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a Spring Modulith module: no cycles between modules, and no module uses another's
 * package-private or sub-package types unless that module exposes them (a named interface). The rules Modulith
 * does not know are in {@link ArchitectureTest}.
 */
class ModulithArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ReviewTrackerApplication.class);
    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void reviewsKnowNothingOfWhatIsRecordedAgainstThem() {
        assertThat(dependenciesOf("reviews")).doesNotContain("findings", "recommendations", "actions", "overview");
        assertThat(dependenciesOf("overview")).contains("reviews", "findings", "recommendations", "actions");
    }

    /**
     * The overview and per-module component diagrams (PlantUML), a canvas per module and all-docs.adoc gathering
     * them, in target/spring-modulith-docs on every build. Not the JSON metadata, which would land in the jar.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        assertThat(DOCS.resolve("components.puml")).isNotEmptyFile();
        assertThat(DOCS.resolve("all-docs.adoc")).isNotEmptyFile();
        MODULES.forEach(module -> {
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
        });
    }

    private static List<String> dependenciesOf(String name) {
        ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
        return module.getDirectDependencies(MODULES).uniqueModules().map(it -> it.getIdentifier().toString()).toList();
    }
}
