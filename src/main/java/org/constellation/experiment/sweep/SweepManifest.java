package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Json;
import org.constellation.experiment.Provenance;

/**
 * The manifest of a sweep: the experiment and base scenario with their hashes, the design, the
 * number of runs, the version and git commit, and every session that worked on it (start and end
 * time, threads, runs resumed and executed). Only the timing fields differ between a sweep run at once
 * and one interrupted and resumed.
 */
public final class SweepManifest {

    private SweepManifest() {
    }

    /** Writes the manifest, adding a session to any already recorded. */
    public static void write(Path out, LoadedExperiment experiment, RunPlan plan, Sweep.Outcome outcome, int threads,
            Instant started, Instant ended, boolean complete, List<String> outputs, Provenance provenance)
            throws IOException {
        Path file = out.resolve(SweepFiles.MANIFEST);
        List<Object> sessions = new ArrayList<>();
        if (Files.exists(file)) {
            Object earlier = Json.read(file).get("sessions");
            if (earlier instanceof List<?> list) {
                sessions.addAll(list);
            }
        }
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("started", started.toString());
        session.put("ended", ended.toString());
        session.put("threads", threads);
        session.put("resumed_runs", outcome.resumed());
        session.put("executed_runs", outcome.executed());
        sessions.add(session);
        Json.write(file, build(experiment, plan, complete, outputs, provenance, sessions));
    }

    static Map<String, Object> build(LoadedExperiment experiment, RunPlan plan, boolean complete, List<String> outputs,
            Provenance provenance, List<Object> sessions) {
        ExperimentSpec spec = experiment.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("constellation", provenance.asMap());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", spec.name());
        e.put("title", spec.title());
        e.put("file", experiment.file().toString());
        e.put("sha256", experiment.sha256());
        e.put("claim", spec.claim());
        e.put("finding", spec.finding());
        m.put("experiment", e);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", experiment.scenarioFile().toString());
        s.put("sha256", experiment.scenarioSha256());
        m.put("scenario", s);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", spec.design());
        d.put("settings", spec.designSettings());
        List<String> factors = new ArrayList<>();
        spec.factors().forEach(f -> factors.add(f.name() + " = " + f.path()));
        d.put("factors", factors);
        d.put("points", plan.points());
        d.put("replications", spec.replications());
        d.put("runs", plan.runs());
        d.put("seed", spec.seed());
        d.put("steps", spec.steps() > 0 ? spec.steps() : "scenario's");
        m.put("design", d);
        m.put("status", complete ? "complete" : "running");
        m.put("outputs", outputs);
        m.put("sessions", sessions);
        return m;
    }
}
