package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.sweep.Shard;
import org.constellation.scenario.ScenarioLibrary;

/** Test helpers: a small calibration of the Sahel, run in a temporary folder, and the files it leaves. */
final class Calibrations {

    /** Two base scenarios (siloed and open sharing), two parameters, a metric-mean and an ordering target. */
    static final String SMALL = """
            name: small
            seed: 5
            scenarios:
              - {name: siloed, scenario: sahel, set: [coordination.sharing=siloed], steps: 6}
              - {name: open, scenario: sahel, set: [coordination.sharing=open], steps: 6}
            parameters:
              - {name: visibility, path: parameters.beliefs.activity_visibility, min: 0.1, max: 0.6}
              - {name: memory, path: parameters.planning.known_plan_memory, min: 1, max: 6, integer: true}
            targets:
              - {name: overlap, kind: metric-mean, scenario: open, metric: activity_overlap, window: {from: 2},
                 observed: 0.05, scale: 0.01}
              - name: sharing-lowers-activity-overlap
                kind: ordering
                higher: {scenario: siloed, metric: activity_overlap, window: {from: 2}}
                lower: {scenario: open, metric: activity_overlap, window: {from: 2}}
                scale: 0.01
            method: {type: abc-smc, population: 10, generations: 3, replicates: 1}
            predictive: {draws: 6}
            """;

    /** The outputs whose content must not depend on how the calibration was run. */
    static final List<String> OUTPUTS = List.of("posterior.csv", "particles.csv", "generations.csv",
            "posterior-summary.csv", "predictive.csv", "calibrated/open.yaml", "calibrated/siloed.yaml");

    private Calibrations() {
    }

    static LoadedCalibration load(Path dir, String text) throws Exception {
        Path file = dir.resolve("calibration.in.yaml");
        Files.writeString(file, text);
        return CalibrationLoader.load(file, ScenarioLibrary.at(Path.of(".")));
    }

    static Calibration.Outcome run(LoadedCalibration c, Path out, int threads, boolean resume, Shard shard)
            throws Exception {
        return Calibration.run(c, new Calibration.Options(out, threads, resume, shard, Path.of("."),
                ScenarioLibrary.at(Path.of(".")), CalibrationListener.NONE, Duration.ofMillis(20)));
    }

    static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : OUTPUTS) {
            files.put(name, Files.readString(out.resolve(name)));
        }
        return files;
    }
}
