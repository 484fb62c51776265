package org.constellation.experiment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/**
 * How the cost of a run grows with the size of the constellation: writes each {@link ScalingPoint}'s
 * scenario to a folder, warms every point up, unmeasured (on seeds of their own, so the JIT has compiled
 * the code, and to estimate its cost): each in a JVM of its own ({@link ForkedPoints}) or all in this
 * one, once each ({@link InProcessPoints}); then measures them in rounds, every point in every
 * round, their runs interleaved (every point's first replicate, then every point's second, ...), so
 * that a change in the machine's load touches all points alike. Every round of a point runs
 * the same replicates (seeds: the scenario's seed + 1 to + k, k fixed per point from the warm-up), so
 * rounds differ only in the state of the machine, and the median over rounds estimates the cost of one
 * fixed workload. A run is what a sweep's worker does (build the model, run it with every metric
 * observed), on one thread, without writing files. The cost of a run is the processor time of that
 * thread plus the garbage collector's pauses while it ran: what the run costs on one core, whatever
 * else the machine is doing (wall time, which other work on a shared machine inflates, is reported
 * beside it). The cost of a point is the median over rounds of its milliseconds per run; each series'
 * growth is the slope of a least-squares line through log(ms per run) against log(size): 1 is
 * linear, 2 quadratic. Two points compare best by their ratio in each round ({@link Result#ratio}),
 * their runs interleaved, rather than by the ratio of their medians.
 */
public final class ScalingBenchmark {

    /**
     * What to measure.
     *
     * @param points the points, in the order shown
     * @param rounds rounds of measurement
     * @param roundMillis least time spent on each point in a round, from the warm-up run's cost (more
     *     runs for cheap points; with 0, every point runs {@link #MIN_RUNS} a round)
     * @param folder where the points' scenario files are written (kept)
     * @param forked true to run each point in a JVM of its own ({@link ForkedPoints}), as a sweep's worker runs
     *     one scenario; false to run them all in this one, their code compiled for all of them
     */
    public record Settings(List<ScalingPoint> points, int rounds, long roundMillis, Path folder, boolean forked) {
    }

    /**
     * Least runs of a point per round. The costly points (160 actors: about 550 ms a run; the
     * continent: about 1,900 ms) would otherwise run one replicate a round: their cost would be one
     * seed's draw of the model where the cheap points average many, and a collector pause or a burst
     * of the machine's load would fall on one run instead of being shared by two. Two keeps the
     * continent's five rounds to about 20 s.
     */
    public static final int MIN_RUNS = 2;

    /**
     * One round of one point.
     *
     * @param seeds the runs' seeds, in order: the same in every round of the point
     * @param msPerRun milliseconds per run (processor time and collector pauses)
     * @param wallMsPerRun wall milliseconds per run
     * @param outputs a hash of each run's last row of metrics, in the seeds' order: the same in
     *     every round of the point, since the same scenario and seed give the same run
     */
    public record Round(List<Long> seeds, double msPerRun, double wallMsPerRun, List<Integer> outputs) {
    }

    /**
     * One point's figures.
     *
     * @param point the point
     * @param file its scenario file
     * @param runsPerRound runs of the point in each round, fixed from the warm-up run's cost
     * @param rounds every round, in order
     * @param keptMegabytes heap in use after a full collection while one finished model of the point is
     *     held (what a run keeps, not the garbage it makes)
     */
    public record Measure(ScalingPoint point, Path file, int runsPerRound, List<Round> rounds,
            double keptMegabytes) {

        /** Measured runs, over all rounds. */
        public int runs() {
            return rounds.stream().mapToInt(r -> r.seeds().size()).sum();
        }

        /** Each round's milliseconds per run, in round order. */
        public double[] roundMs() {
            return rounds.stream().mapToDouble(Round::msPerRun).toArray();
        }

        /** Median over rounds of milliseconds per run (processor time and collector pauses). */
        public double msPerRun() {
            return median(roundMs());
        }

        /** The fastest round's milliseconds per run. */
        public double msFastest() {
            return Arrays.stream(roundMs()).min().orElse(Double.NaN);
        }

        /** The slowest round's milliseconds per run. */
        public double msSlowest() {
            return Arrays.stream(roundMs()).max().orElse(Double.NaN);
        }

        /** Median over rounds of wall milliseconds per run. */
        public double wallMsPerRun() {
            return median(rounds.stream().mapToDouble(Round::wallMsPerRun).toArray());
        }
    }

    /**
     * Everything measured.
     *
     * @param measures every point, in the settings' order
     * @param exponents per series with two points or more, the fitted log-log slope
     */
    public record Result(List<Measure> measures, Map<String, Double> exponents) {

        /** The measure of a series' point, or null. */
        public Measure find(String series, int x) {
            return measures.stream().filter(m -> m.point().series().equals(series) && m.point().x() == x)
                    .findFirst().orElse(null);
        }

        /**
         * The cost of a series' point {@code to} over that of its point {@code from}, round by round,
         * or null if either point was not measured.
         */
        public RoundRatio ratio(String series, int from, int to) {
            Measure a = find(series, from);
            Measure b = find(series, to);
            return a == null || b == null ? null : RoundRatio.of(b.roundMs(), a.roundMs());
        }
    }

    private ScalingBenchmark() {
    }

    /** Runs the benchmark; {@code phase} is told what is being done. */
    public static Result run(Settings s, Consumer<String> phase) throws IOException, ScenarioException {
        Files.createDirectories(s.folder());
        List<LoadedScenario> loaded = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (ScalingPoint p : s.points()) {
            Path file = s.folder().resolve(p.name() + ".yaml");
            Files.writeString(file, p.scenario().yaml(p.name(), "Scaling benchmark: " + p.series() + " = " + p.x()));
            files.add(file);
            loaded.add(ScenarioLoader.load(file));
        }
        int n = s.points().size();
        int[] perRound = new int[n];
        double[] kept = new double[n];
        List<List<Round>> rounds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rounds.add(new ArrayList<>());
        }
        try (PointRunner runner = s.forked() ? new ForkedPoints(files) : new InProcessPoints(loaded)) {
            phase.accept(s.forked() ? "warm-up: every point in a JVM of its own, at least " + ForkedPoints.WARM_RUNS
                    + " runs and " + Math.round(ForkedPoints.WARM_MILLIS / 1000) + " s" : "warm-up: every point once");
            for (int i = 0; i < n; i++) {
                PointRunner.WarmUp warm = runner.warmUp(i);
                perRound[i] = runsPerRound(s.roundMillis(), warm.costMillis());
                kept[i] = warm.keptMegabytes();
            }
            if (s.forked()) {
                phase.accept("a first round, unmeasured: workers that waited while the others warmed up run slower");
                round(runner, perRound);
            }
            for (int r = 0; r < s.rounds(); r++) {
                phase.accept("round " + (r + 1) + " of " + s.rounds());
                List<Round> round = round(runner, perRound);
                for (int i = 0; i < n; i++) {
                    rounds.get(i).add(round.get(i));
                }
            }
        }
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            measures.add(new Measure(s.points().get(i), files.get(i), perRound[i], List.copyOf(rounds.get(i)),
                    kept[i]));
        }
        return new Result(measures, exponents(measures));
    }

    /**
     * Runs per round of a point whose warm-up run cost {@code estimate} ms (processor time and collector
     * pauses, as measured, so that other work on the machine during the warm-up does not shorten the
     * rounds): enough to fill {@code roundMillis}, and at least {@link #MIN_RUNS}.
     */
    static int runsPerRound(long roundMillis, double estimate) {
        return (int) Math.max(MIN_RUNS, Math.ceil(roundMillis / Math.max(1e-3, estimate)));
    }

    /**
     * One round of every point: point i runs replicates 1 to {@code perRound[i]}, the points' runs interleaved
     * ({@link #schedule}) so that a burst of the machine's load falls on all points alike, each run timed
     * on its own.
     */
    private static List<Round> round(PointRunner runner, int[] perRound) throws IOException {
        int n = perRound.length;
        double[] cost = new double[n];
        double[] wall = new double[n];
        List<List<Long>> seeds = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seeds.add(new ArrayList<>());
            outputs.add(new ArrayList<>());
        }
        for (int[] next : schedule(perRound)) {
            int i = next[0];
            PointRunner.TimedRun run = runner.run(i, next[1]);
            cost[i] += run.costMillis();
            wall[i] += run.wallMillis();
            seeds.get(i).add(run.seed());
            outputs.get(i).add(run.outputs());
        }
        List<Round> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Round(List.copyOf(seeds.get(i)), cost[i] / perRound[i], wall[i] / perRound[i],
                    List.copyOf(outputs.get(i))));
        }
        return out;
    }

    /**
     * The order of a round's runs, as {point, replicate} pairs: every point's replicate 1 in the points' order,
     * then replicate 2 of every point that runs two or more, and so on.
     */
    static List<int[]> schedule(int[] perRound) {
        List<int[]> out = new ArrayList<>();
        int most = Arrays.stream(perRound).max().orElse(0);
        for (int j = 1; j <= most; j++) {
            for (int i = 0; i < perRound.length; i++) {
                if (perRound[i] >= j) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    /** The median of the values (the mean of the middle two of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Least-squares slope of log(ms per run) against log(x), per series of two points or more. */
    static Map<String, Double> exponents(List<Measure> measures) {
        Map<String, List<Measure>> bySeries = new LinkedHashMap<>();
        for (Measure m : measures) {
            bySeries.computeIfAbsent(m.point().series(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        bySeries.forEach((series, list) -> {
            if (list.size() >= 2) {
                double[] x = list.stream().mapToDouble(m -> Math.log(m.point().x())).toArray();
                double[] y = list.stream().mapToDouble(m -> Math.log(m.msPerRun())).toArray();
                out.put(series, slope(x, y));
            }
        });
        return out;
    }

    /** Least-squares slope of y on x. */
    static double slope(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
