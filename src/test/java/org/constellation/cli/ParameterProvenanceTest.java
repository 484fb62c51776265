package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.constellation.experiment.Json;
import org.constellation.experiment.calibration.ShippedCalibrations;
import org.constellation.model.params.ParameterStatus;
import org.constellation.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every global parameter's provenance: source or assumption from its declaration, calibrated when a
 * shipped calibration constrains it; the parameter page shows each status and the counts; and
 * {@code run --parameters} runs with a posterior's values.
 */
class ParameterProvenanceTest {

    @TempDir
    Path tmp;

    @Test
    void declarationsSayWhetherTheirNumberIsSourcedOrAssumed() {
        assertThat(Parameters.SATURATION.declaredStatus()).isEqualTo(ParameterStatus.ASSUMPTION);
        assertThat(Parameters.ACTIVITY_VISIBILITY.declaredStatus()).as("sourced mechanism, assumed value")
                .isEqualTo(ParameterStatus.ASSUMPTION);
        assertThat(Parameters.CROSS_BORDER_FACTOR.declaredStatus()).isEqualTo(ParameterStatus.SOURCE);
    }

    @Test
    void aConstrainingShippedCalibrationMakesAParameterCalibratedAndTheCountsFollow() throws Exception {
        Files.writeString(tmp.resolve("demo.yaml"), """
                name: demo
                data: ["data/x.csv (Someone 2020)"]
                scenarios: [{name: s, scenario: sahel}]
                parameters: [{name: saturation, path: parameters.effects.saturation, min: 1, max: 6}]
                targets: [{name: t, kind: metric-mean, scenario: s, metric: activity_overlap, observed: 0.1, scale: 0.01}]
                method: {type: rejection}
                """);
        Files.writeString(tmp.resolve("demo" + ShippedCalibrations.SUMMARY), String.join(",",
                org.constellation.experiment.calibration.PosteriorSummary.HEADER) + "\n"
                + "saturation,parameters.effects.saturation,uniform,1,6,1.25,5.75,2.5,2,3,2.5,0.3,0.22,yes\n"
                + "memory,parameters.planning.known_plan_memory,uniform,0,8,0,8,4,0,8,4,2.3,1,no\n");
        Map<String, ShippedCalibrations.Value> calibrated = ShippedCalibrations.in(tmp);
        assertThat(calibrated).containsOnlyKeys("effects.saturation", "planning.known_plan_memory");
        Map<ParameterStatus, Integer> counts = ReferenceDocs.statusCounts(calibrated);
        Map<ParameterStatus, Integer> before = ReferenceDocs.statusCounts(Map.of());
        assertThat(counts.get(ParameterStatus.CALIBRATED)).isEqualTo(1);
        assertThat(counts.get(ParameterStatus.ASSUMPTION)).isEqualTo(before.get(ParameterStatus.ASSUMPTION) - 1);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Parameters.all().size());
        String page = ReferenceDocs.parameters(calibrated);
        assertThat(page)
                .contains("| calibrated: median 2.5, 90% interval [2, 3], `demo.yaml` on data/x.csv (Someone 2020) |")
                .contains("| assumption (not constrained by median 4, 90% interval [0, 8], `demo.yaml`")
                .contains(before.get(ParameterStatus.SOURCE) + " from a source, 1 calibrated, ");
    }

    @Test
    void runWithParametersAppliesThePosteriorMediansThenTheUsersOverrides() throws Exception {
        Path posterior = tmp.resolve("posterior.csv");
        Files.writeString(posterior, """
                particle,generation,weight,distance,parameters.effects.saturation,parameters.planning.known_plan_memory
                0,2,0.7,0.1,2.5,4
                1,2,0.3,0.2,4.5,2
                """);
        Path out = tmp.resolve("run");
        run("run", "sahel", "--steps", "2", "--out", out.toString(), "--no-charts", "--parameters", posterior.toString(),
                "--set", "parameters.planning.known_plan_memory=6");
        Map<?, ?> parameters = (Map<?, ?>) ((Map<?, ?>) Json.read(out.resolve("manifest.json"))
                .get("resolved_scenario")).get("parameters");
        assertThat(((Map<?, ?>) parameters.get("effects")).get("saturation")).isEqualTo(2.5);
        assertThat(((Map<?, ?>) parameters.get("planning")).get("known_plan_memory")).isEqualTo(6);
        Path particle = tmp.resolve("particle");
        run("run", "sahel", "--steps", "2", "--out", particle.toString(), "--no-charts", "--parameters",
                posterior.toString(), "--particle", "1");
        Map<?, ?> p = (Map<?, ?>) ((Map<?, ?>) Json.read(particle.resolve("manifest.json")).get("resolved_scenario"))
                .get("parameters");
        assertThat(((Map<?, ?>) p.get("effects")).get("saturation")).isEqualTo(4.5);
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "run", "sahel",
                "--steps", "2", "--out", tmp.resolve("bad").toString(), "--parameters", posterior.toString(),
                "--particle", "9");
        assertThat(status).isEqualTo(Main.USER_ERROR);
        assertThat(err.toString()).contains("--particle").contains("particles 0 to 1");
        assertThat(tmp.resolve("bad")).doesNotExist();
    }

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(status).as(err.toString()).isZero();
    }

}
