package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.Json;
import org.constellation.experiment.Progress;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.RunStatistics;
import org.constellation.experiment.sweep.Shard;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.experiment.sweep.SweepManifest;
import org.constellation.experiment.sweep.SweepOutputs;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;

/**
 * One batch of particles on one base scenario, as an ordinary experiment: an explicit design whose
 * points are the particles (their values of the parameters that apply to the scenario), each replicated,
 * every run with a seed of its own, the time series of the metrics the targets need kept. The
 * experiment file is written beside the sweep's folder ({@code <batch>/<scenario>.yaml}), so the sweep
 * can be inspected, re-analysed or re-run with {@code constellation sweep} like any other. A sweep is
 * complete once its manifest is written.
 */
final class BatchSweep {

    private BatchSweep() {
    }

    /**
     * The batch's settings.
     *
     * @param calibration the calibration's name
     * @param batch the batch's name
     * @param base the base scenario
     * @param scenarioFile its file
     * @param parameters the calibrated parameters that apply to it
     * @param values each particle's values of those parameters
     * @param replicates runs per particle
     * @param seed base seed of the runs
     * @param metrics the metrics the targets need from it
     * @param statistics the run statistics the targets need from it (kept in runs.csv)
     */
    record Settings(String calibration, String batch, BaseScenario base, Path scenarioFile,
            List<CalibratedParameter> parameters, double[][] values, int replicates, long seed, List<String> metrics,
            List<String> statistics) {
    }

    /**
     * How to run it.
     *
     * @param threads worker threads
     * @param shard the part of the runs this process runs
     * @param library where scenario names are looked up
     * @param provenance the version and commit, for the manifest
     * @param statistics computes the run statistics of the targets (supplied by the command line)
     */
    record Run(int threads, Shard shard, ScenarioLibrary library, Provenance provenance, RunStatistics statistics) {
    }

    /** Whether a sweep folder is complete. */
    static boolean complete(Path sweep) {
        return Files.isRegularFile(sweep.resolve("manifest.json"));
    }

    /** Runs (or resumes) this process's part of the batch, unless it is complete; returns the runs it executed. */
    static long ensure(Settings s, Path batchFolder, Run how, Progress progress)
            throws IOException, CalibrationException {
        Path sweep = batchFolder.resolve(s.base().name());
        if (complete(sweep)) {
            return 0;
        }
        CalibrationFolder.folder(batchFolder);
        Path file = batchFolder.resolve(s.base().name() + ".yaml");
        String text = text(s);
        if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            throw new CalibrationException(file + " was written for other particles (by another version or seed); "
                    + "run the calibration afresh in another folder");
        }
        if (!Files.exists(file)) {
            AtomicFile.write(file, text);
        }
        LoadedExperiment experiment;
        try {
            experiment = ExperimentLoader.load(file, how.library(), how.statistics());
        } catch (ScenarioException e) {
            throw new CalibrationException("batch " + s.batch() + " on " + s.base().name() + " gives an invalid "
                    + "experiment: " + String.join("; ", e.problems()));
        }
        RunPlan plan = new RunPlan(experiment.spec());
        Instant started = Instant.now();
        Sweep.Outcome outcome;
        try {
            outcome = Sweep.run(experiment, plan, new Sweep.Options(sweep, how.threads(), true, how.shard(),
                    progress));
        } catch (SweepException e) {
            throw new CalibrationException(e.getMessage());
        }
        SweepOutputs.compressTimeseries(sweep);
        List<String> outputs = new ArrayList<>(List.of("runs.csv", "points.csv"));
        if (Files.exists(sweep.resolve("timeseries.csv.gz"))) {
            outputs.add("timeseries.csv.gz");
        }
        SweepManifest.write(sweep, experiment, plan, how.shard(), outcome, how.threads(), started, Instant.now(),
                outputs, how.provenance());
        return outcome.executed();
    }

    /** The experiment file of the batch: JSON, which is YAML, with one particle per line. */
    static String text(Settings s) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", s.calibration() + "-" + s.batch() + "-" + s.base().name());
        e.put("title", "Calibration " + s.calibration() + ", batch " + s.batch() + ", base scenario " + s.base().name());
        e.put("scenario", s.scenarioFile().toString());
        e.put("set", s.base().set());
        if (s.base().steps() > 0) {
            e.put("steps", s.base().steps());
        }
        e.put("replications", s.replicates());
        e.put("seed", s.seed());
        e.put("seeds", "independent");
        e.put("timeseries", true);
        e.put("metrics", s.metrics());
        if (!s.statistics().isEmpty()) {
            e.put("statistics", s.statistics());
        }
        List<Object> factors = new ArrayList<>();
        for (CalibratedParameter p : s.parameters()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", p.name());
            f.put("path", p.path());
            f.put("min", p.min());
            f.put("max", p.max());
            f.put("integer", p.integer());
            factors.add(f);
        }
        e.put("factors", factors);
        StringBuilder b = new StringBuilder("# Generated by 'constellation calibrate': batch " + s.batch() + " of "
                + "calibration '" + s.calibration() + "' on base scenario '" + s.base().name() + "', one design point "
                + "per particle.\n");
        String head = Json.render(e).trim();
        b.append(head.substring(0, head.length() - 1).stripTrailing())
                .append(",\n  \"design\" : {\n    \"type\" : \"explicit\",\n    \"points\" : [");
        for (int i = 0; i < s.values().length; i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            for (int d = 0; d < s.parameters().size(); d++) {
                point.put(s.parameters().get(d).name(), s.values()[i][d]);
            }
            b.append(i == 0 ? "\n      " : ",\n      ").append(Json.compact(point));
        }
        return b.append("\n    ]\n  }\n}\n").toString();
    }
}
