package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs batches of particles as sweeps of the model ({@link BatchSweep}), one per base scenario, and
 * computes each particle's target statistics from their time series. Run in shards, each process runs
 * its part of every sweep, then waits until every shard's part is complete (their folders are on a
 * shared filesystem) and reads them all, so every shard computes the same statistics and proposes the
 * same next particles.
 */
final class SweepSimulator implements Simulator {

    private final LoadedCalibration calibration;
    private final CalibrationFolder folder;
    private final BatchSweep.Run how;
    private final CalibrationListener listener;
    private final Duration poll;
    private long executed;

    SweepSimulator(LoadedCalibration calibration, CalibrationFolder folder, BatchSweep.Run how,
            CalibrationListener listener, Duration poll) {
        this.calibration = calibration;
        this.folder = folder;
        this.how = how;
        this.listener = listener;
        this.poll = poll;
    }

    /** Runs executed by this process so far. */
    long executed() {
        return executed;
    }

    @Override
    public double[][] run(Batch batch, double[][] values, List<String> scenarios, int replicates)
            throws IOException, CalibrationException {
        CalibrationSpec spec = calibration.spec();
        Map<Quantity, double[][]> observed = new HashMap<>();
        for (String scenario : scenarios) {
            List<Quantity> quantities = quantities(spec, scenario);
            List<Integer> columns = new ArrayList<>();
            for (int d = 0; d < spec.parameters().size(); d++) {
                if (spec.parameters().get(d).appliesTo(scenario)) {
                    columns.add(d);
                }
            }
            double[][] applied = new double[values.length][columns.size()];
            for (int i = 0; i < values.length; i++) {
                for (int c = 0; c < columns.size(); c++) {
                    applied[i][c] = values[i][columns.get(c)];
                }
            }
            BatchSweep.Settings settings = new BatchSweep.Settings(spec.name(), batch.name(), spec.scenario(scenario),
                    calibration.scenarios().get(scenario).file(), columns.stream().map(spec.parameters()::get).toList(),
                    applied, replicates, batch.seed(), quantities.stream().filter(q -> !q.isStatistic())
                            .map(Quantity::metric).distinct().toList(), quantities.stream().filter(Quantity::isStatistic)
                            .map(Quantity::statisticName).distinct().toList());
            executed += BatchSweep.ensure(settings, folder.batch(batch.name()), how, listener.runs());
            List<Path> sweeps = folder.sweeps(batch.name(), scenario);
            awaitShards(batch.name() + "/" + scenario, sweeps);
            observed.putAll(BatchObservations.read(sweeps, quantities, values.length, replicates));
        }
        double[][] statistics = new double[values.length][spec.targets().size()];
        for (int t = 0; t < spec.targets().size(); t++) {
            Target target = spec.targets().get(t);
            boolean run = target.quantities().stream().allMatch(q -> scenarios.contains(q.scenario()));
            for (int i = 0; i < values.length; i++) {
                final int particle = i;
                statistics[i][t] = run ? target.statistic(q -> observed.get(q)[particle]) : Double.NaN;
            }
        }
        return statistics;
    }

    private static List<Quantity> quantities(CalibrationSpec spec, String scenario) {
        Set<Quantity> out = new LinkedHashSet<>();
        spec.targets().forEach(t -> t.quantities().stream().filter(q -> q.scenario().equals(scenario))
                .forEach(out::add));
        return new ArrayList<>(out);
    }

    /** Waits until every shard's part of a sweep is complete. */
    private void awaitShards(String what, List<Path> sweeps) throws CalibrationException {
        String last = "";
        while (true) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < sweeps.size(); i++) {
                if (!BatchSweep.complete(sweeps.get(i))) {
                    missing.add((i + 1) + "/" + sweeps.size());
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            String message = "batch " + what + ": waiting for shard" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing);
            if (!message.equals(last)) {
                listener.waiting(message);
                last = message;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CalibrationException("interrupted while " + message);
            }
        }
    }
}
