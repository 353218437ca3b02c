package be.taakwijzer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "be.taakwijzer", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverTouchesVaadin = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .as("platform-core never depends on Vaadin");

    @ArchTest
    static final ArchRule servicesNeverBuildSqlOutsideTheDataLayer = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .as("services call repositories; SQL lives in the data layer");
}
