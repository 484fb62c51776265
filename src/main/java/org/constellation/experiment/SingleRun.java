package org.constellation.experiment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constellation.metrics.LedgerObserver;
import org.constellation.metrics.Metric;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;

/**
 * One headless run of a scenario with one seed, written to a folder: {@code timeseries.csv} (a row
 * per step, a column per metric, {@code step} first), {@code summary.csv} (one row: the final and
 * mean value of each metric), {@code manifest.json}, and optionally {@code who-does-what-where.csv}
 * (the 3W cube). Every file is written under a temporary name and moved into place when complete.
 */
public final class SingleRun {

    /**
     * What to run.
     *
     * @param seed the seed
     * @param steps number of steps
     * @param out output folder
     * @param whoDoesWhatWhere also write the 3W cube
     * @param home the Constellation home folder (for provenance)
     */
    public record Options(long seed, int steps, Path out, boolean whoDoesWhatWhere, Path home) {
    }

    /**
     * What a run produced.
     *
     * @param out the output folder
     * @param series every metric at every step
     * @param timings how the wall time split
     * @param files the files written
     * @param closures the actors that closed, in order (for marking charts)
     */
    public record Result(Path out, MetricSeries series, Timings timings, List<Path> files, List<Closure> closures) {
    }

    /**
     * An actor that closed during the run, as the model recorded it.
     *
     * @param step the step at which it closed
     * @param actor its name
     */
    public record Closure(int step, String actor) {
    }

    private SingleRun() {
    }

    /** Runs and writes the outputs. */
    public static Result execute(LoadedScenario loaded, Options options, Progress progress) throws IOException {
        long begin = System.nanoTime();
        long jvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Files.createDirectories(options.out());
        List<Metric> metrics = Metrics.forRun(loaded.scenario().model());
        List<String> names = metrics.stream().map(Metric::name).toList();
        MetricSeries series = new MetricSeries(names);
        List<Path> files = new ArrayList<>();
        long modelNanos;
        List<Closure> closures = new ArrayList<>();
        Path timeseries = options.out().resolve("timeseries.csv");
        try (AtomicFile ts = AtomicFile.open(timeseries);
                ThreeWFile threeW = options.whoDoesWhatWhere() ? ThreeWFile.open(options.out()) : null) {
            CsvWriter csv = new CsvWriter(ts.writer());
            List<String> header = new ArrayList<>();
            header.add("step");
            header.addAll(names);
            csv.row(header);
            long modelStart = System.nanoTime();
            Constellation model = loaded.scenario().newModel(options.seed());
            model.start();
            MetricsObserver.attach(model, metrics, (step, values) -> {
                series.accept(step, values);
                writeRow(csv, step, values);
                progress.update(step + 1L, options.steps());
            });
            if (threeW != null) {
                LedgerObserver.attach(model, threeW);
            }
            model.run(options.steps());
            model.finish();
            model.closures().forEach(c -> closures.add(new Closure(c.step(), model.actors().get(c.actor()).name())));
            modelNanos = System.nanoTime() - modelStart;
            csv.flush();
            ts.commit();
            files.add(timeseries);
            if (threeW != null) {
                files.add(threeW.commit());
            }
        }
        Path summary = options.out().resolve("summary.csv");
        SummaryFile.write(summary, loaded.scenario().name(), options.seed(), options.steps(), series);
        files.add(summary);
        Path manifest = options.out().resolve("manifest.json");
        files.add(manifest);
        long wall = (System.nanoTime() - begin) / 1_000_000;
        Timings timings = new Timings(jvmStart, modelNanos / 1_000_000, wall - modelNanos / 1_000_000);
        List<String> outputs = files.stream().map(p -> p.getFileName().toString()).toList();
        Json.write(manifest, RunManifest.build(loaded, options.seed(), options.steps(), names, outputs,
                Provenance.collect(options.home()), timings, wall));
        return new Result(options.out(), series, timings, files, List.copyOf(closures));
    }

    private static void writeRow(CsvWriter csv, int step, double[] values) {
        List<String> row = new ArrayList<>(values.length + 1);
        row.add(Integer.toString(step));
        Arrays.stream(values).mapToObj(Numbers::format).forEach(row::add);
        try {
            csv.row(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
