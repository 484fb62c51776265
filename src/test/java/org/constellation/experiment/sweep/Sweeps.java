package org.constellation.experiment.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.constellation.experiment.Progress;
import org.constellation.scenario.ScenarioLibrary;

/** Test helpers: write an experiment next to a temporary folder, run it, and read what a sweep leaves. */
final class Sweeps {

    /** A small grid on the Sahel: sharing x one number, 2 replicates, 8 steps, with the time series. */
    static final String SMALL = """
            name: small
            scenario: sahel
            steps: 8
            replications: 2
            seed: 11
            timeseries: true
            metrics: [redundant_effort, coverage_by_need]
            factors:
              - name: sharing
                path: coordination.sharing
                values: [siloed, open]
              - name: saturation
                path: parameters.effects.saturation
                min: 0.5
                max: 2.0
            design:
              type: grid
              levels: 2
            """;

    private Sweeps() {
    }

    static LoadedExperiment load(Path dir, String text) throws Exception {
        Path file = dir.resolve("experiment.in.yaml");
        Files.writeString(file, text);
        return ExperimentLoader.load(file, ScenarioLibrary.at(Path.of(".")));
    }

    static Sweep.Outcome run(LoadedExperiment e, Path out, int threads, boolean resume, Progress progress)
            throws Exception {
        RunPlan plan = new RunPlan(e.spec());
        return Sweep.run(e, plan, new Sweep.Options(out, threads, resume, Shard.ALL, progress));
    }

    /** Runs to the end and derives the summary and the compressed time series. */
    static void complete(LoadedExperiment e, Path out, int threads, boolean resume) throws Exception {
        run(e, out, threads, resume, Progress.NONE);
        SweepOutputs.compressTimeseries(out);
        SweepOutputs.summarize(out, e.spec());
    }

    /** The files whose content must not depend on how the sweep was run, by name. */
    static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : new String[] {"runs.csv", "summary.csv", "points.csv", "experiment.yaml"}) {
            files.put(name, Files.readString(out.resolve(name)));
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("timeseries.csv.gz")))) {
            files.put("timeseries.csv", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return files;
    }

    /** A progress that stops the sweep, like a kill, once {@code after} runs are recorded. */
    static Progress killAfter(long after) {
        return (done, total) -> {
            if (done >= after && done < total) {
                throw new Killed();
            }
        };
    }

    /** Thrown by {@link #killAfter}. */
    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
