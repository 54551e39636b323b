package uk.councils.reviewtracker;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
 * controller or a form of one feature is never touched by another. Cycles and the use of another module's internals
 * are {@link ModulithArchitectureTest}'s; these are the rules Spring Modulith does not know.
 */
@AnalyzeClasses(packages = "uk.councils.reviewtracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .andShould(onlyBeUsedInsideTheirOwnPackage());

    @ArchTest
    static final ArchRule controllersAreNotPartOfAnyApi = classes().that().areMetaAnnotatedWith(Controller.class)
            .should().notBePublic()
            .andShould(onlyBeUsedInsideTheirOwnPackage());

    @ArchTest
    static final ArchRule formsStayWithTheirController = classes().that().haveSimpleNameEndingWith("Form")
            .should().notBePublic();

    /** Every module uses common, so common uses none: not a feature, nor the application class. */
    @ArchTest
    static final ArchRule commonDependsOnNoFeature = classes().that().resideInAPackage("..reviewtracker.common..")
            .should().onlyDependOnClassesThat(resideInAPackage("..reviewtracker.common..")
                    .or(resideOutsideOfPackage("uk.councils.reviewtracker..")));

    @ArchTest
    static final ArchRule nothingDependsOnTheDemoData = noClasses()
            .that().resideOutsideOfPackage("..reviewtracker.demo..")
            .should().dependOnClassesThat().resideInAPackage("..reviewtracker.demo..");

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
