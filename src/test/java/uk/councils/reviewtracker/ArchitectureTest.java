package uk.councils.reviewtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/**
 * Feature packages talk to each other only through their public services and domain types: a repository, a
 * controller or a form of one feature is never touched by another.
 */
@AnalyzeClasses(packages = "uk.councils.reviewtracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .andShould(onlyBeUsedInsideTheirOwnPackage());

    @ArchTest
    static final ArchRule controllersAreNotPartOfAnyApi = classes().that().areAnnotatedWith(Controller.class)
            .should().notBePublic()
            .andShould(onlyBeUsedInsideTheirOwnPackage());

    @ArchTest
    static final ArchRule formsStayWithTheirController = classes().that().haveSimpleNameEndingWith("Form")
            .should().notBePublic();

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses().that().resideInAPackage("..reviewtracker.common..")
            .should().dependOnClassesThat().resideInAnyPackage("..reviewtracker.users..",
                    "..reviewtracker.frameworks..", "..reviewtracker.reviews..", "..reviewtracker.findings..",
                    "..reviewtracker.recommendations..", "..reviewtracker.actions..", "..reviewtracker.demo..");

    @ArchTest
    static final ArchRule nothingDependsOnTheDemoData = noClasses()
            .that().resideOutsideOfPackage("..reviewtracker.demo..")
            .should().dependOnClassesThat().resideInAPackage("..reviewtracker.demo..");

    @ArchTest
    static final ArchRule lowerFeaturesDoNotReachUp = slices()
            .matching("uk.councils.reviewtracker.(users|frameworks|findings|recommendations)..")
            .should().beFreeOfCycles();

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirOwnPackage() {
        return new ArchCondition<>("only be used inside their own package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getAccessesToSelf().stream()
                        .filter(access -> !access.getOriginOwner().getPackageName().equals(item.getPackageName()))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
    }
}
