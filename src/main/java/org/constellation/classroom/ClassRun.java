package org.constellation.classroom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;
import org.constellation.metrics.LedgerObserver;
import org.constellation.metrics.Metric;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.model.ExternalDecisions;
import org.constellation.scenario.Scenario;

/**
 * One run of a scenario with one seed, stepped a month at a time with the seats' decisions (or none:
 * the automated baseline), keeping what it measured: every metric at every step, the 3W ledger and
 * the debrief's {@link MonthFacts}. Its files are those of {@code constellation run --3w}:
 * {@code timeseries.csv} and {@code who-does-what-where.csv}, with the same columns and number format.
 */
final class ClassRun {

    static final String TIMESERIES = "timeseries.csv";
    static final String THREE_W = "who-does-what-where.csv";

    private final Constellation model;
    private final List<Metric> metrics = Metrics.standard();
    private final List<double[]> rows = new ArrayList<>();
    private final List<List<String>> ledger = new ArrayList<>();
    private final List<MonthFacts> facts = new ArrayList<>();

    ClassRun(Scenario scenario, long seed) {
        model = scenario.newModel(seed);
        model.start();
        MetricsObserver.attach(model, metrics, (step, values) -> rows.add(values.clone()));
        LedgerObserver.attach(model, (step, labels, effort) -> {
            List<String> row = new ArrayList<>(labels.length + 2);
            row.add(Integer.toString(step));
            row.addAll(Arrays.asList(labels));
            row.add(Numbers.format(effort));
            ledger.add(row);
        });
        model.observe(new FactsObserver(facts::add));
    }

    /** Runs one month with these decisions (the model's own where they say nothing). */
    void advance(ExternalDecisions decisions) {
        model.decideWith(decisions);
        model.schedule.step(model);
        model.decideWith(ExternalDecisions.AUTOMATED);
    }

    /** Runs months with the model's own decisions only. */
    void advanceAutomated(int months) {
        for (int i = 0; i < months; i++) {
            advance(ExternalDecisions.AUTOMATED);
        }
    }

    /** Months run so far: the step the next month will be. */
    int steps() {
        return rows.size();
    }

    /** The model, to read (never to step: use {@link #advance}). */
    Constellation model() {
        return model;
    }

    /**
     * An independent copy of the model as it is now, for a trial of the next month. It observes nothing.
     * A MASON checkpoint without its compression, which costs more than the copy itself.
     */
    Constellation copy() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            model.preCheckpoint();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            } finally {
                model.postCheckpoint();
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                Constellation copy = (Constellation) in.readObject();
                copy.awakeFromCheckpoint();
                return copy;
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the model could not be copied: " + e, e);
        }
    }

    /** The metric names, in column order. */
    List<String> metricNames() {
        return metrics.stream().map(Metric::name).toList();
    }

    /** The metrics, in column order. */
    List<Metric> metrics() {
        return Collections.unmodifiableList(metrics);
    }

    /** Every metric at a step. */
    double[] row(int step) {
        return rows.get(step).clone();
    }

    /** The facts of every month run so far, by step. */
    List<MonthFacts> facts() {
        return Collections.unmodifiableList(facts);
    }

    /** Writes {@code timeseries.csv} and {@code who-does-what-where.csv} to a folder, each replaced at once. */
    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> header = new ArrayList<>();
        header.add("step");
        header.addAll(metricNames());
        List<List<String>> series = new ArrayList<>();
        for (int step = 0; step < rows.size(); step++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(step));
            Arrays.stream(rows.get(step)).mapToObj(Numbers::format).forEach(row::add);
            series.add(row);
        }
        writeCsv(folder.resolve(TIMESERIES), header, series);
        writeCsv(folder.resolve(THREE_W), Arrays.asList(LedgerObserver.COLUMNS), ledger);
    }

    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (AtomicFile out = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(out.writer());
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
            csv.flush();
            out.commit();
        }
    }
}
