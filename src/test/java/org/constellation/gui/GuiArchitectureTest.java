package org.constellation.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The GUI's place in the package rules: the command line never imports it (it starts it by
 * reflection, so it stays loadable without Swing), and it uses neither the experiment runner, the
 * command line, nor MASON's JFreeChart-1.0 chart classes.
 */
@AnalyzeClasses(packages = "org.constellation", importOptions = ImportOption.DoNotIncludeTests.class)
class GuiArchitectureTest {

    @ArchTest
    static final ArchRule theCommandLineDoesNotImportTheGui = noClasses().that()
            .resideInAPackage("org.constellation.cli..").should().dependOnClassesThat()
            .resideInAPackage("org.constellation.gui..");

    @ArchTest
    static final ArchRule theGuiUsesNoRunnerCommandLineOrMasonCharts = noClasses().that()
            .resideInAPackage("org.constellation.gui..").should().dependOnClassesThat()
            .resideInAnyPackage("org.constellation.experiment..", "org.constellation.cli..", "sim.util.media.chart..");
}
