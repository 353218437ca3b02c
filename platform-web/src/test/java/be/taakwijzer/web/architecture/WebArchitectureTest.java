package be.taakwijzer.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "be.taakwijzer", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverTouchJooq = noClasses()
            .that().resideInAPackage("be.taakwijzer.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "be.taakwijzer.db..")
            .as("views call services; they never build SQL or use generated jOOQ classes");

    @ArchTest
    static final ArchRule viewsNeverCallRepositories = noClasses()
            .that().resideInAPackage("be.taakwijzer.web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .as("views go through services, which own transactions and authorisation");

    @ArchTest
    static final ArchRule viewsLiveInUiPackages = noClasses()
            .that().resideInAPackage("be.taakwijzer.web..").and().haveSimpleNameEndingWith("View")
            .should().resideOutsideOfPackage("..ui..")
            .as("every view lives in its feature's ui package");
}
