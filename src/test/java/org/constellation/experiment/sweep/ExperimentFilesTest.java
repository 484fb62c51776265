package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constellation.scenario.ScenarioLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every experiment shipped in scenarios/experiments/ loads, and states its question and what it found. */
class ExperimentFilesTest {

    static List<Path> experiments() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios/experiments"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void loadsAndStatesItsFinding(Path file) throws Exception {
        LoadedExperiment e = ExperimentLoader.load(file, ScenarioLibrary.at(Path.of(".")));
        assertThat(e.spec().name() + ".yaml").isEqualTo(file.getFileName().toString());
        assertThat(e.spec().description()).isNotBlank();
        assertThat(e.spec().finding()).as("finding").isNotBlank();
        if (e.spec().name().startsWith("claim-")) {
            assertThat(e.spec().claim()).as("claim").contains("Fit for Purpose");
        }
        assertThat(new RunPlan(e.spec()).runs()).isPositive();
    }

    @org.junit.jupiter.api.Test
    void theIssueListIsShipped() throws Exception {
        assertThat(experiments()).extracting(p -> p.getFileName().toString()).contains("mechanisms-sahel.yaml",
                "sharing-x-mechanism.yaml", "sobol-sahel.yaml", "claim-integrated-office.yaml",
                "claim-division-of-labour.yaml", "claim-crisis-coordination.yaml", "claim-donor-absorption.yaml",
                "claim-transition-vacuum.yaml", "claim-cross-border-displacement.yaml", "claim-consent-dilemma.yaml");
    }
}
