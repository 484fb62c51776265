package org.constellation.experiment.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Json;
import org.constellation.experiment.Numbers;
import org.constellation.experiment.Provenance;

/**
 * Writes a scaling benchmark's figures: {@code scaling.csv} (a row per point: its series, size,
 * scenario file, cost, and cost in each round, from which any two points' per-round ratios follow)
 * and {@code manifest.json} (the machine, the build, the settings, the fitted exponents and the
 * 40 -> 160 actors ratio, per round summarised).
 */
public final class ScalingFiles {

    /** The columns of {@code scaling.csv}. */
    public static final List<String> COLUMNS = List.of("series", "x", "actors", "districts", "presence_per_actor",
            "presences", "groups", "steps", "runs", "runs_per_round", "ms_per_run", "ms_fastest_round",
            "ms_slowest_round", "wall_ms_per_run", "kept_heap_mib", "scenario", "ms_per_run_by_round");

    private ScalingFiles() {
    }

    /** Writes both files into {@code folder}; returns their paths. */
    public static List<Path> write(Path folder, ScalingBenchmark.Settings settings, ScalingBenchmark.Result result,
            Path home) throws IOException {
        Path csv = folder.resolve("scaling.csv");
        try (AtomicFile file = AtomicFile.open(csv)) {
            CsvWriter out = new CsvWriter(file.writer());
            out.row(COLUMNS);
            for (ScalingBenchmark.Measure m : result.measures()) {
                GeneratedConstellation g = m.point().scenario();
                out.row(List.of(m.point().series(), Integer.toString(m.point().x()), Integer.toString(g.actors()),
                        Integer.toString(g.districts()), Integer.toString(g.presence()), Long.toString(g.presences()),
                        Integer.toString(g.groups()), Integer.toString(g.steps()), Integer.toString(m.runs()),
                        Integer.toString(m.runsPerRound()), Numbers.format(m.msPerRun()),
                        Numbers.format(m.msFastest()), Numbers.format(m.msSlowest()),
                        Numbers.format(m.wallMsPerRun()), Numbers.format(m.keptMegabytes()),
                        folder.relativize(m.file()).toString(), byRound(m)));
            }
            out.flush();
            file.commit();
        }
        Path manifest = folder.resolve("manifest.json");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("benchmark", "scaling");
        tree.put("constellation", Provenance.collect(home).asMap());
        Runtime r = Runtime.getRuntime();
        tree.put("machine", Map.of("cores", r.availableProcessors(), "max_heap_mib", r.maxMemory() / 1048576,
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        tree.put("rounds", settings.rounds());
        tree.put("round_ms", settings.roundMillis());
        tree.put("min_runs_per_round", ScalingBenchmark.MIN_RUNS);
        tree.put("threads", 1);
        tree.put("points_in", settings.forked() ? "a JVM each" : "one JVM");
        Map<String, Object> exponents = new LinkedHashMap<>();
        result.exponents().forEach((k, v) -> exponents.put(k, Numbers.format(v)));
        tree.put("exponents", exponents);
        RoundRatio ratio = result.ratio(ScalingPoint.RATIO_SERIES, ScalingPoint.RATIO_FROM, ScalingPoint.RATIO_TO);
        if (ratio != null) {
            tree.put("ratio_per_round", ratioTree(ratio));
        }
        List<String> outputs = new ArrayList<>(List.of("scaling.csv", "manifest.json"));
        tree.put("outputs", outputs);
        Json.write(manifest, tree);
        return List.of(csv, manifest);
    }

    /** The 40 -> 160 actors ratio: which points, how many rounds, and the rounds' median, least and largest. */
    private static Map<String, Object> ratioTree(RoundRatio ratio) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("series", ScalingPoint.RATIO_SERIES);
        tree.put("from", ScalingPoint.RATIO_FROM);
        tree.put("to", ScalingPoint.RATIO_TO);
        tree.put("rounds", ratio.rounds());
        tree.put("median", ratio.median());
        tree.put("min", ratio.min());
        tree.put("max", ratio.max());
        return tree;
    }

    /** Each round's milliseconds per run, in round order, separated by spaces. */
    private static String byRound(ScalingBenchmark.Measure m) {
        return String.join(" ", Arrays.stream(m.roundMs()).mapToObj(Numbers::format).toList());
    }
}
