package org.constellation.experiment.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/**
 * How the cost of a run grows with the size of the constellation: writes each {@link ScalingPoint}'s
 * scenario to a folder, runs every point once unmeasured (so the JIT has compiled the code of every
 * size), then measures them in rounds, every point once per round, so that a change in the
 * machine's load touches all points alike. A run is what a sweep's worker does (build the model, run
 * it with every metric observed), on this thread, without writing files. The cost of a run is the
 * processor time of this thread plus the garbage collector's pauses while it ran: what the run costs
 * on one core, whatever else the machine is doing (wall time, which other work on a shared machine
 * inflates, is reported beside it). The cost of a point is the median over rounds of its milliseconds
 * per run; each series' growth is the slope of a least-squares line through log(ms per run) against
 * log(size): 1 is linear, 2 quadratic.
 */
public final class ScalingBenchmark {

    /**
     * What to measure.
     *
     * @param points the points, in the order shown
     * @param rounds rounds of measurement
     * @param roundMillis least time spent on each point in a round (more runs for cheap points)
     * @param folder where the points' scenario files are written (kept)
     */
    public record Settings(List<ScalingPoint> points, int rounds, long roundMillis, Path folder) {
    }

    /**
     * One point's figures.
     *
     * @param point the point
     * @param file its scenario file
     * @param runs measured runs, over all rounds
     * @param msPerRun median over rounds of milliseconds per run (processor time and collector pauses)
     * @param msFastest the fastest round's milliseconds per run
     * @param msSlowest the slowest round's milliseconds per run
     * @param wallMsPerRun median over rounds of wall milliseconds per run
     * @param keptMegabytes heap in use after a full collection while one finished model of the point is
     *     held (what a run keeps, not the garbage it makes)
     */
    public record Measure(ScalingPoint point, Path file, int runs, double msPerRun, double msFastest,
            double msSlowest, double wallMsPerRun, double keptMegabytes) {
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
        double[] estimate = new double[n];
        double[] kept = new double[n];
        phase.accept("warm-up: every point once");
        for (int i = 0; i < n; i++) {
            Clock clock = new Clock();
            Constellation model = run(loaded.get(i), 0);
            estimate[i] = clock.wallMillis();
            kept[i] = keptMegabytes(model);
        }
        double[][] cost = new double[n][s.rounds()];
        double[][] wall = new double[n][s.rounds()];
        int[] runs = new int[n];
        for (int r = 0; r < s.rounds(); r++) {
            phase.accept("round " + (r + 1) + " of " + s.rounds());
            for (int i = 0; i < n; i++) {
                int k = (int) Math.max(1, Math.ceil(s.roundMillis() / Math.max(1e-3, estimate[i])));
                Clock clock = new Clock();
                for (int j = 0; j < k; j++) {
                    run(loaded.get(i), 1L + runs[i] + j);
                }
                cost[i][r] = clock.costMillis() / k;
                wall[i][r] = clock.wallMillis() / k;
                runs[i] += k;
            }
        }
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] sorted = cost[i].clone();
            Arrays.sort(sorted);
            double[] walls = wall[i].clone();
            Arrays.sort(walls);
            measures.add(new Measure(s.points().get(i), files.get(i), runs[i], median(sorted), sorted[0],
                    sorted[sorted.length - 1], median(walls), kept[i]));
        }
        return new Result(measures, exponents(measures));
    }

    /** Wall time, this thread's processor time and the collector's pause time since it was made. */
    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long wall = System.nanoTime();
        private final long cpu = threads.getCurrentThreadCpuTime();
        private final long gc = collectorMillis();

        double wallMillis() {
            return (System.nanoTime() - wall) / 1e6;
        }

        /** Processor time and collector pauses, or wall time where the JVM cannot tell processor time. */
        double costMillis() {
            long now = threads.getCurrentThreadCpuTime();
            if (cpu < 0 || now < 0) {
                return wallMillis();
            }
            return (now - cpu) / 1e6 + (collectorMillis() - gc);
        }

        private static long collectorMillis() {
            long total = 0;
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, bean.getCollectionTime());
            }
            return total;
        }
    }

    /** One run of a point, as a sweep's worker does it (without writing files). */
    private static Constellation run(LoadedScenario scenario, long replicate) {
        Constellation model = scenario.scenario().newModel(scenario.scenario().seed() + replicate);
        model.start();
        MetricsObserver.attach(model, Metrics.standard(), (step, row) -> { });
        model.run(scenario.scenario().steps());
        model.finish();
        return model;
    }

    private static double keptMegabytes(Constellation model) {
        Runtime r = Runtime.getRuntime();
        System.gc();
        System.gc();
        double used = (r.totalMemory() - r.freeMemory()) / 1048576.0;
        Reference.reachabilityFence(model);
        return used;
    }

    private static double median(double[] sorted) {
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
