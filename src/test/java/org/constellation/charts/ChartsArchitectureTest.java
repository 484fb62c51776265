package org.constellation.charts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class ChartsArchitectureTest {

    private static final JavaClasses CHARTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.constellation.charts");

    @Test
    void chartsUseOnlyTheJdkJFreeChartAndBatikNeverModelClassesOrJFreeSvg() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "java..", "javax..", "org.w3c.dom..", "org.jfree.chart..", "org.jfree.data..",
                "org.apache.batik.svggen..", "org.constellation.charts..")
                .check(CHARTS);
    }

    @Test
    void noStaticMutableStateAndNoPublicMutableFields() {
        fields().that().areStatic().should().beFinal().check(CHARTS);
        fields().that().arePublic().should().beFinal().check(CHARTS);
    }

    @Test
    void chartsNeverWriteToStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CHARTS);
    }
}
