package org.constellation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the house style: the model knows nothing of files, charts, windows or its users. */
@AnalyzeClasses(packages = "org.constellation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] VIEW_AND_IO = {"java.awt..", "javax.swing..", "org.jfree..", "sim.display..",
        "sim.portrayal..", "java.nio.file..", "org.snakeyaml..", "com.fasterxml..", "picocli.."};

    @ArchTest
    static final ArchRule modelKnowsNoViewOrFiles = noClasses().that()
            .resideInAnyPackage("org.constellation.model..", "org.constellation.metrics..",
                    "org.constellation.coordination..", "org.constellation.information..")
            .should().dependOnClassesThat().resideInAnyPackage(VIEW_AND_IO)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherProjectPackage = noClasses().that()
            .resideInAPackage("org.constellation.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.constellation.metrics..",
                    "org.constellation.coordination..", "org.constellation.information..",
                    "org.constellation.scenario..", "org.constellation.experiment..", "org.constellation.charts..",
                    "org.constellation.cli..", "org.constellation.gui..");

    @ArchTest
    static final ArchRule strategiesAndMetricsStayOutOfEachOther = noClasses().that()
            .resideInAnyPackage("org.constellation.coordination..", "org.constellation.information..",
                    "org.constellation.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.constellation.scenario..",
                    "org.constellation.experiment..", "org.constellation.charts..", "org.constellation.cli..",
                    "org.constellation.gui..");

    @ArchTest
    static final ArchRule chartsKnowNoModel = noClasses().that().resideInAPackage("org.constellation.charts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.constellation.model..",
                    "org.constellation.coordination..", "org.constellation.information..",
                    "org.constellation.scenario..", "org.constellation.experiment..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule experimentsDrawNoChartsAndShowNoWindows = noClasses().that()
            .resideInAnyPackage("org.constellation.experiment..", "org.constellation.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.constellation.charts..", "org.constellation.cli..",
                    "org.constellation.gui..", "javax.swing..");

    @ArchTest
    static final ArchRule dataImportersUseOnlyLowerRooms = noClasses().that()
            .resideInAPackage("org.constellation.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.constellation.charts..", "org.constellation.cli..",
                    "org.constellation.gui..", "org.constellation.classroom..", "javax.swing..", "java.awt..");

    @ArchTest
    static final ArchRule nothingBelowDataUsesIt = noClasses().that()
            .resideInAnyPackage("org.constellation.model..", "org.constellation.metrics..",
                    "org.constellation.coordination..", "org.constellation.information..",
                    "org.constellation.scenario..", "org.constellation.experiment..", "org.constellation.charts..",
                    "org.constellation.gui..")
            .should().dependOnClassesThat().resideInAPackage("org.constellation.data..");

    @ArchTest
    static final ArchRule theClassroomUsesOnlyTheModelMetricsScenariosAndRuns = noClasses().that()
            .resideInAPackage("org.constellation.classroom..")
            .should().dependOnClassesThat().resideInAnyPackage("org.constellation.coordination..",
                    "org.constellation.information..", "org.constellation.charts..", "org.constellation.gui..",
                    "org.constellation.cli..", "org.constellation.data..", "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule onlyTheCommandLineStartsTheClassroom = noClasses().that()
            .resideOutsideOfPackages("org.constellation.classroom..", "org.constellation.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.constellation.classroom..");

    @ArchTest
    static final ArchRule modelCodeDoesNotPrint = noClasses().that()
            .resideInAnyPackage("org.constellation.model..", "org.constellation.metrics..",
                    "org.constellation.coordination..", "org.constellation.information..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
