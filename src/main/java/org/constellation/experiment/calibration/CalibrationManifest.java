package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Json;
import org.constellation.experiment.OutputFolder;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.sweep.Shard;

/**
 * manifest.json of a calibration: the calibration file and base scenarios with their hashes, the
 * method, parameters and targets, how it ended (generations, runs, why it stopped), the version and git
 * commit, and every session that worked on it (start and end, threads, shard, runs executed, and the
 * measured cost of a run: wall time per run and thread, and CPU time per run, which other processes on
 * the machine do not inflate).
 */
public final class CalibrationManifest {

    /** The file name. */
    public static final String FILE = "manifest.json";

    private CalibrationManifest() {
    }

    /**
     * One session.
     *
     * @param started when it started
     * @param ended when it ended
     * @param threads its threads
     * @param shard the shard it ran
     * @param cpuSeconds CPU time the process used in it (all threads, JIT and garbage collection included)
     */
    public record Session(Instant started, Instant ended, int threads, Shard shard, double cpuSeconds) {
    }

    /** Writes the manifest, adding a session to those already recorded. */
    public static void write(Path out, LoadedCalibration c, Calibration.Outcome outcome, Session session,
            List<String> outputs, Provenance provenance) throws IOException {
        Path file = out.resolve(FILE);
        List<Object> sessions = new ArrayList<>();
        if (Files.exists(file) && Json.read(file).get("sessions") instanceof List<?> earlier) {
            sessions.addAll(earlier);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("started", session.started().toString());
        s.put("ended", session.ended().toString());
        s.put("threads", session.threads());
        s.put("shard", session.shard().toString());
        s.put("executed_runs", outcome.executed());
        double seconds = Duration.between(session.started(), session.ended()).toMillis() / 1000.0;
        s.put("seconds", seconds);
        s.put("seconds_per_run_and_thread", outcome.executed() == 0 ? null
                : seconds * session.threads() / outcome.executed());
        s.put("cpu_seconds", session.cpuSeconds());
        s.put("cpu_seconds_per_run", outcome.executed() == 0 ? null : session.cpuSeconds() / outcome.executed());
        sessions.add(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(OutputFolder.KIND, "calibration");
        m.put("constellation", provenance.asMap());
        CalibrationSpec spec = c.spec();
        m.put("calibration", Map.of("name", spec.name(), "title", spec.title(), "file",
                c.file().toAbsolutePath().normalize().toString(), "sha256", c.sha256()));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (BaseScenario b : spec.scenarios()) {
            LoadedCalibration.ScenarioFile f = c.scenarios().get(b.name());
            scenarios.put(b.name(), Map.of("file", f.file().toString(), "sha256", f.sha256(), "set", b.set(), "steps",
                    f.steps()));
        }
        m.put("scenarios", scenarios);
        m.put("method", spec.method());
        m.put("distance", spec.distance().key());
        m.put("seed", spec.seed());
        m.put("parameters", spec.parameters().stream().map(p -> p.name() + " = " + p.path() + ", "
                + p.describePrior()).toList());
        m.put("targets", spec.targets().stream().map(t -> t.name() + " (" + t.kind().key() + ", "
                + (t.fit() ? "fit" : "validation") + "): " + t.describeStatistic() + " " + t.describeObserved()
                + ", scale " + t.scale()).toList());
        CalibrationResult r = outcome.result();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("generations", r.generations().size());
        result.put("posterior_generation", r.posterior().generation());
        result.put("particles", r.posterior().size());
        result.put("runs", r.generations().stream().mapToLong(GenerationRecord::runs).sum()
                + (long) spec.predictive().draws() * spec.predictive().replicates() * spec.scenarios().size());
        result.put("stopped_because", r.stop());
        m.put("result", result);
        m.put("shards", session.shard().count());
        m.put("status", "complete");
        m.put("outputs", outputs);
        m.put("sessions", sessions);
        Json.write(file, m);
    }
}
