package org.constellation.experiment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design and analysis packages stay pure: seeded randomness only, no I/O, no static mutable state. */
class ExperimentPurityTest {

    private static final String[] PACKAGES = {"org.constellation.experiment.design..",
            "org.constellation.experiment.analysis.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.constellation.experiment");
    }

    @Test
    void randomnessComesOnlyFromPassedGenerators() {
        noClasses().that().resideInAnyPackage(PACKAGES).should()
                .dependOnClassesThat().belongToAnyOf(Random.class, SecureRandom.class, SplittableRandom.class,
                        ThreadLocalRandom.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .check(classes);
    }

    @Test
    void commonsMathDistributionsAreNeverBuiltWithTheirDefaultGenerator() {
        DescribedPredicate<JavaConstructorCall> defaultGenerator = new DescribedPredicate<>(
                "a commons-math distribution constructor without a RandomGenerator argument") {
            @Override
            public boolean test(JavaConstructorCall call) {
                JavaClass owner = call.getTargetOwner();
                List<JavaClass> params = call.getTarget().getRawParameterTypes();
                boolean distribution = owner.isAssignableTo(RealDistribution.class)
                        || owner.isAssignableTo(IntegerDistribution.class);
                return distribution && (params.isEmpty() || !params.get(0).isAssignableTo(RandomGenerator.class));
            }
        };
        noClasses().that().resideInAnyPackage(PACKAGES).should().callConstructorWhere(defaultGenerator).check(classes);
    }

    @Test
    void noFileOrConsoleIo() {
        noClasses().that().resideInAnyPackage(PACKAGES).should()
                .dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areDeclaredInClassesThat().resideInAnyPackage(PACKAGES).and().areStatic()
                .should().beFinal().check(classes);
    }
}
