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
import org.constellation.experiment.OutputFolder;
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
    public static void write(Path out, LoadedExperiment experiment, RunPlan plan, Shard shard, Sweep.Outcome outcome,
            int threads, Instant started, Instant ended, List<String> outputs, Provenance provenance)
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
        Json.write(file, build(experiment.spec(), experiment.file().toAbsolutePath().normalize(), experiment.sha256(),
                experiment.scenarioFile(),
                experiment.scenarioSha256(), plan, shard, outputs, provenance.asMap(), sessions));
    }

    /**
     * Writes the manifest of a merged sweep: that of an unsharded sweep of the experiment, whose
     * sessions are those of every shard.
     */
    @SuppressWarnings("unchecked")
    public static void writeMerged(Path out, SweepMerge.Merged merged, List<String> outputs) throws IOException {
        Map<String, Object> first = merged.shards().get(0).manifest();
        Map<String, Object> experiment = (Map<String, Object>) first.get("experiment");
        Map<String, Object> scenario = (Map<String, Object>) first.get("scenario");
        List<Object> sessions = new ArrayList<>();
        for (SweepMerge.ShardInfo shard : merged.shards()) {
            for (Object session : (List<Object>) shard.manifest().getOrDefault("sessions", List.of())) {
                Map<String, Object> tagged = new LinkedHashMap<>();
                tagged.put("shard", shard.manifest().get("shard"));
                tagged.putAll((Map<String, Object>) session);
                sessions.add(tagged);
            }
        }
        Json.write(out.resolve(SweepFiles.MANIFEST), build(merged.spec(), experiment.get("file"),
                experiment.get("sha256"), scenario.get("file"), scenario.get("sha256"), merged.plan(), Shard.ALL,
                outputs, (Map<String, Object>) first.get("constellation"), sessions));
    }

    /** The design settings its type uses. */
    private static Map<String, Object> relevantSettings(ExperimentSpec spec) {
        List<String> keys = switch (spec.design()) {
            case "grid" -> List.of("levels");
            case "latin-hypercube" -> List.of("samples");
            case "sobol" -> List.of("samples", "skip");
            case "morris" -> List.of("trajectories", "grid_levels");
            default -> List.of();
        };
        Map<String, Object> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, spec.designSettings().get(k)));
        return out;
    }

    /** The manifest's content; {@code provenance} and {@code sessions} are copied as given. */
    static Map<String, Object> build(ExperimentSpec spec, Object experimentFile, Object experimentSha,
            Object scenarioFile, Object scenarioSha, RunPlan plan, Shard shard, List<String> outputs,
            Map<String, Object> provenance, List<Object> sessions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(OutputFolder.KIND, "sweep");
        m.put("constellation", provenance);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", spec.name());
        e.put("title", spec.title());
        e.put("file", String.valueOf(experimentFile));
        e.put("sha256", experimentSha);
        e.put("claim", spec.claim());
        e.put("finding", spec.finding());
        m.put("experiment", e);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", String.valueOf(scenarioFile));
        s.put("sha256", scenarioSha);
        m.put("scenario", s);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", spec.design());
        d.put("settings", relevantSettings(spec));
        List<String> factors = new ArrayList<>();
        spec.factors().forEach(f -> factors.add(f.name() + " = " + f.path()));
        d.put("factors", factors);
        d.put("points", plan.points());
        d.put("replications", spec.replications());
        d.put("runs", plan.runs());
        d.put("seed", spec.seed());
        d.put("steps", spec.steps() > 0 ? spec.steps() : "scenario's");
        m.put("design", d);
        m.put("shard", shard.toString());
        m.put("status", "complete");
        m.put("outputs", outputs);
        m.put("sessions", sessions);
        return m;
    }
}
