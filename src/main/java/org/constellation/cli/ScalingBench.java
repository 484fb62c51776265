package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.LogLogChart;
import org.constellation.experiment.OutputFolder;
import org.constellation.experiment.StagedFolder;
import org.constellation.experiment.bench.RoundRatio;
import org.constellation.experiment.bench.ScalingBenchmark;
import org.constellation.experiment.bench.ScalingFiles;
import org.constellation.experiment.bench.ScalingPoint;
import org.constellation.scenario.ScenarioException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code constellation bench --scaling}: runs the scaling series, prints them, writes the CSV, chart and scenarios. */
final class ScalingBench {

    /** Least time per point and round: enough runs of the cheap points to time them well. */
    private static final long ROUND_MILLIS = 800;

    /** Everything the benchmark writes in its folder, and so may replace there. */
    private static final Set<String> OUTPUTS = Set.of("scaling.csv", "manifest.json", "scaling.png", "scaling.svg",
            "scenarios");

    private ScalingBench() {
    }

    static int run(CommandSpec spec, int rounds, List<String> series, Path out, boolean forked) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<ScalingPoint> points = select(series);
        Path folder = out != null ? out : Home.path().resolve("results").resolve("bench-scaling");
        List<String> earlier = earlierScaling(folder);
        err.printf(Locale.ROOT, "bench --scaling: %d generated constellations (%d countries, %d steps), %s, warmed "
                + "up, then %d round%s, each running the same replicates of every point (at least %d, and at least %d "
                + "ms), their runs interleaved, on 1 thread at a time%s%n", points.size(), ScalingPoint.COUNTRIES,
                ScalingPoint.STEPS, forked ? "each in a JVM of its own" : "all in this JVM", rounds,
                rounds == 1 ? "" : "s", ScalingBenchmark.MIN_RUNS, ROUND_MILLIS,
                series.isEmpty() && rounds == 5 ? "; about 2-4 minutes" : "");
        try (StagedFolder staged = Outputs.stage(folder)) {
            ScalingBenchmark.Settings settings = new ScalingBenchmark.Settings(points, rounds, ROUND_MILLIS,
                    staged.path().resolve("scenarios"), forked);
            ScalingBenchmark.Result result = ScalingBenchmark.run(settings, phase -> err.println("bench: " + phase));
            ScalingFiles.write(staged.path(), settings, result, Home.path());
            Map<String, double[][]> lines = lines(result);
            if (!lines.isEmpty()) {
                ChartFiles.write(LogLogChart.create("Cost of a run against the constellation's size",
                        "size relative to the series' smallest point (actors, districts per actor, districts, groups)",
                        "ms per 60-step run, 1 thread", lines), staged.path(), "scaling", 900, 560);
            }
            staged.publish(earlier);
            print(spec.commandLine().getOut(), result);
            spec.commandLine().getOut().println("Wrote scaling.csv, manifest.json, " + (lines.isEmpty() ? ""
                    : "scaling.png, scaling.svg, ") + "scenarios/ (" + points.size() + " files) to " + folder);
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
        return 0;
    }

    /**
     * Checks that the scaling benchmark may write {@code folder}: absent, empty, or an earlier scaling
     * benchmark's folder holding nothing but its own outputs, which the new one replaces.
     *
     * @return the earlier benchmark's entries
     */
    private static List<String> earlierScaling(Path folder) {
        OutputFolder f = Outputs.inspect(folder, "--out");
        if (f.kind() == OutputFolder.Kind.NONE) {
            return List.of();
        }
        if (f.kind() != OutputFolder.Kind.OTHER || !"scaling".equals(f.manifest().get("benchmark"))
                || !OUTPUTS.containsAll(f.entries())) {
            throw new UserError("--out " + folder + " is not an earlier bench --scaling folder (it holds "
                    + OutputFolder.names(f.entries()) + "); choose a new or empty folder");
        }
        return f.entries();
    }

    /** The standard points of the series named (all if none), or a user error naming the unknown one. */
    private static List<ScalingPoint> select(List<String> series) {
        List<ScalingPoint> all = ScalingPoint.standard();
        List<String> known = all.stream().map(ScalingPoint::series).distinct().toList();
        for (String name : series) {
            if (!known.contains(name)) {
                throw new UserError("--series: unknown series '" + name + "'; known: " + String.join(", ", known));
            }
        }
        return series.isEmpty() ? all : all.stream().filter(p -> series.contains(p.series())).toList();
    }

    /** Prints the table of points, the slopes, the 40 -> 160 actors ratio and the continent's cost. */
    static void print(PrintWriter out, ScalingBenchmark.Result r) {
        out.println("ms/run: processor time of the run's thread plus collector pauses, median over rounds (each "
                + "runs the same replicates); wall: "
                + "elapsed time, which other work on the machine inflates");
        out.printf(Locale.ROOT, "%-10s %6s %7s %9s %9s %10s %7s %10s %10s %17s %10s %9s%n", "series", "x", "actors",
                "districts", "presence", "presences", "groups", "runs/round", "ms/run", "(fastest-slowest)", "wall ms",
                "kept MiB");
        for (ScalingBenchmark.Measure m : r.measures()) {
            var g = m.point().scenario();
            out.printf(Locale.ROOT, "%-10s %6d %7d %9d %9d %10d %7d %10d %10.1f %17s %10.1f %9.0f%n",
                    m.point().series(), m.point().x(), g.actors(), g.districts(), g.presence(), g.presences(),
                    g.groups(), m.runsPerRound(), m.msPerRun(),
                    String.format(Locale.ROOT, "(%.1f-%.1f)", m.msFastest(), m.msSlowest()), m.wallMsPerRun(),
                    m.keptMegabytes());
        }
        StringBuilder slopes = new StringBuilder();
        r.exponents().forEach((series, e) -> slopes.append(slopes.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f", series, e)));
        out.println("log-log slope (1 = linear, 2 = quadratic): " + slopes);
        RoundRatio ratio = r.ratio(ScalingPoint.RATIO_SERIES, ScalingPoint.RATIO_FROM, ScalingPoint.RATIO_TO);
        if (ratio != null) {
            out.printf(Locale.ROOT, "%d -> %d actors (%dx the presences): %.2fx the time per run (median of %d rounds' "
                    + "ratios; rounds %.2f-%.2fx)%n", ScalingPoint.RATIO_FROM, ScalingPoint.RATIO_TO,
                    ScalingPoint.RATIO_TO / ScalingPoint.RATIO_FROM, ratio.median(), ratio.rounds(), ratio.min(),
                    ratio.max());
        }
        ScalingBenchmark.Measure continent = r.find("continent", ScalingPoint.CONTINENT.actors());
        if (continent != null) {
            out.printf(Locale.ROOT, "continent (%d actors, %d districts, %d steps): %.0f ms per run%n",
                    ScalingPoint.CONTINENT.actors(), ScalingPoint.CONTINENT.districts(),
                    ScalingPoint.CONTINENT.steps(), continent.msPerRun());
        }
    }

    /** Milliseconds per run against size relative to the series' smallest point, with a guide of slope 1. */
    private static Map<String, double[][]> lines(ScalingBenchmark.Result r) {
        Map<String, List<ScalingBenchmark.Measure>> bySeries = new LinkedHashMap<>();
        for (ScalingBenchmark.Measure m : r.measures()) {
            bySeries.computeIfAbsent(m.point().series(), k -> new ArrayList<>()).add(m);
        }
        Map<String, double[][]> lines = new LinkedHashMap<>();
        double guideStart = Double.NaN;
        double largest = 1;
        for (Map.Entry<String, List<ScalingBenchmark.Measure>> e : bySeries.entrySet()) {
            List<ScalingBenchmark.Measure> list = e.getValue();
            if (list.size() < 2) {
                continue;
            }
            double first = list.get(0).point().x();
            double[] x = list.stream().mapToDouble(m -> m.point().x() / first).toArray();
            double[] y = list.stream().mapToDouble(ScalingBenchmark.Measure::msPerRun).toArray();
            String slope = String.format(Locale.ROOT, "%s (slope %.2f)", e.getKey(), r.exponents().get(e.getKey()));
            lines.put(slope, new double[][] {x, y});
            guideStart = Double.isNaN(guideStart) ? y[0] : guideStart;
            largest = Math.max(largest, x[x.length - 1]);
        }
        if (!lines.isEmpty()) {
            lines.put("linear growth (slope 1)", new double[][] {{1, largest}, {guideStart, guideStart * largest}});
        }
        return lines;
    }
}
