package org.tidemark;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md, checked on the compiled main classes: the pure core
 * knows no framework, read models never reach into the write side, entities do no JDBC, and no two
 * packages depend on each other.
 */
class ArchitectureTest {

    static final String[] READ_MODELS = {"..query..", "..timeline..", "..voyage..", "..series..", "..cap..",
            "..claim..", "..figures..", "..export..", "..brief..", "..publication..", "..aistrack.."};
    static final String[] WRITE_SIDE = {"..ingest..", "..projection..", "..aisimport.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tidemark");
    }

    @Test
    void derivationAndChartsArePureJava() {
        rule(classes().that().resideInAnyPackage("org.tidemark.derive..", "org.tidemark.chart..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.tidemark.domain..", "org.tidemark.derive..",
                        "org.tidemark.chart..", "java..", "org.jfree..", "org.apache.batik..", "org.w3c.dom..")
                .because("derivation and chart building are pure functions of the domain's values, tested without "
                        + "a server or a database"));
    }

    @Test
    void aisDetectionIsPureJavaOverDomainValues() {
        rule(classes().that().resideInAPackage("org.tidemark.ais..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.tidemark.domain..", "org.tidemark.ais..",
                        "java..")
                .because("reading position reports and detecting events in them are pure functions, tested without "
                        + "a server or a database"));
        rule(noClasses().that().resideInAPackage("org.tidemark.ais..")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .because("detection takes the domain's value types (event types, laden state, time windows), never "
                        + "its entities"));
    }

    @Test
    void readModelsNeverImportTheWriteSide() {
        rule(noClasses().that().resideInAnyPackage(READ_MODELS)
                .should().dependOnClassesThat().resideInAnyPackage(WRITE_SIDE)
                .because("a read model answers from the stored projection; it never appends or derives"));
    }

    @Test
    void entitiesDoNoJdbc() {
        rule(noClasses().that().resideInAPackage("org.tidemark.domain..")
                .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax.sql..")
                        .or(name("org.hibernate.Session")))
                .because("data access lives in the package that owns the query (docs/ARCHITECTURE.md, Data access)"));
    }

    @Test
    void onlyTheHttpEdgeSpeaksHttp() {
        rule(noClasses().that().resideOutsideOfPackages("org.tidemark.api..", "org.tidemark.web..", "org.tidemark.security..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..")
                .because("resources and web pages are the HTTP edge; everything behind them is callable from the CLI and tests"));
    }

    @Test
    void noCyclesBetweenPackages() {
        rule(slices().matching("org.tidemark.(*)..").should().beFreeOfCycles());
    }

    private static void rule(ArchRule rule) {
        rule.check(main);
    }
}
