package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.experiment.CsvTable;
import org.constellation.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep whose replicates draw their calibrated parameters from a posterior (parameter uncertainty). */
class PosteriorSweepTest {

    private static final String POSTERIOR = """
            particle,generation,weight,distance,parameters.effects.saturation
            0,2,0.5,0.1,1.5
            1,2,0.5,0.2,5.5
            """;
    private static final String EXPERIMENT = """
            name: uncertain
            scenario: sahel
            steps: 4
            replications: 4
            seed: 3
            timeseries: true
            posterior: posterior.csv
            factors:
              - {name: sharing, path: coordination.sharing, values: [siloed, open]}
            design: {type: grid}
            """;

    @TempDir
    Path tmp;

    @Test
    void replicateRRunsWithTheParticleDrawnForItAtEveryPoint() throws Exception {
        Files.writeString(tmp.resolve("posterior.csv"), POSTERIOR);
        LoadedExperiment e = Sweeps.load(tmp, EXPERIMENT);
        assertThat(e.spec().draws()).hasSize(4).containsOnly(List.of("parameters.effects.saturation=1.5"),
                List.of("parameters.effects.saturation=5.5"));
        assertThat(e.spec().draws()).containsExactly(List.of("parameters.effects.saturation=1.5"),
                List.of("parameters.effects.saturation=1.5"), List.of("parameters.effects.saturation=5.5"),
                List.of("parameters.effects.saturation=5.5"));
        Sweeps.complete(e, tmp.resolve("out"), 2, false);
        CsvTable draws = CsvTable.read(tmp.resolve("out/posterior-draws.csv"));
        assertThat(draws.rows()).hasSize(4);
        assertThat(draws.rows().get(3).get(1)).isEqualTo("parameters.effects.saturation=5.5");
        CsvTable runs = CsvTable.read(tmp.resolve("out/runs.csv"));
        int unmet = runs.column("unmet_need_mean");
        double lowSaturation = Double.parseDouble(runs.rows().get(0).get(unmet));
        double highSaturation = Double.parseDouble(runs.rows().get(3).get(unmet));
        assertThat(highSaturation).as("diminishing returns set in later: more need left").isGreaterThan(lowSaturation);
        Sweeps.complete(Sweeps.load(tmp, EXPERIMENT), tmp.resolve("again"), 1, false);
        assertThat(Sweeps.outputs(tmp.resolve("again"))).isEqualTo(Sweeps.outputs(tmp.resolve("out")));
    }

    @Test
    void aMissingOrUnfittingPosteriorIsLocated() throws Exception {
        ScenarioException missing = catchThrowableOfType(() -> Sweeps.load(tmp, EXPERIMENT), ScenarioException.class);
        assertThat(missing.problems()).singleElement().asString().contains("experiment.in.yaml:7:")
                .contains("posterior").contains("no such file");
        Files.writeString(tmp.resolve("posterior.csv"), POSTERIOR.replace("effects.saturation", "effects.saturaton"));
        ScenarioException unfit = catchThrowableOfType(() -> Sweeps.load(tmp, EXPERIMENT), ScenarioException.class);
        assertThat(unfit.problems()).anySatisfy(p -> assertThat(p).contains("posterior").contains("saturaton"));
    }
}
