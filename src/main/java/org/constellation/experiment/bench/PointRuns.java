package org.constellation.experiment.bench;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.metrics.RowSink;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;

/** The runs of one point, in this JVM: as a sweep's worker does them (without writing files), timed. */
final class PointRuns {

    /** The first warm-up replicate: far from the measured ones, 1 to k. */
    static final long WARM_UP_REPLICATES = 1000;

    private final LoadedScenario scenario;
    private double[] last;

    PointRuns(LoadedScenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Runs replicates {@link #WARM_UP_REPLICATES}, + 1, ... until at least {@code runs} runs and {@code millis} ms of
     * cost: seeds of their own, so that the JIT sees the model take more than one path before the measured
     * replicates (1 to k) run; see {@link PointRunner#warmUp}.
     */
    PointRunner.WarmUp warmUp(int runs, double millis) {
        double total = 0;
        double cost = 0;
        Constellation model = null;
        for (int k = 0; k < runs || total < millis; k++) {
            RunClock clock = new RunClock();
            model = run(WARM_UP_REPLICATES + k);
            cost = clock.costMillis();
            total += cost;
        }
        return new PointRunner.WarmUp(cost, keptMegabytes(model));
    }

    /** One replicate, timed. */
    PointRunner.TimedRun timed(long replicate) {
        RunClock clock = new RunClock();
        Constellation model = run(replicate);
        return new PointRunner.TimedRun(clock.costMillis(), clock.wallMillis(), model.seed(), Arrays.hashCode(last));
    }

    private Constellation run(long replicate) {
        Constellation model = scenario.scenario().newModel(scenario.scenario().seed() + replicate);
        model.start();
        RowSink sink = (step, row) -> last = row;
        MetricsObserver.attach(model, Metrics.standard(), sink);
        model.run(scenario.scenario().steps());
        model.finish();
        return model;
    }

    private static double keptMegabytes(Constellation model) {
        double used = HeapInUse.afterCollection();
        Reference.reachabilityFence(model);
        return used;
    }
}
