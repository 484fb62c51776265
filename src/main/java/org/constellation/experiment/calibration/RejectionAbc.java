package org.constellation.experiment.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.constellation.experiment.design.Factor;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.LatinHypercubeDesign;

/**
 * Rejection ABC on a Latin hypercube (Pritchard et al. 1999; the baseline of Beaumont 2010): the prior's
 * working space is sampled by a Latin hypercube of {@code samples} points (McKay et al. 1979), every point is
 * run, and the {@code accept} share closest to the targets (ties in sample order) is the posterior, with
 * equal weights. Its tolerance is the largest distance kept. The points are run in batches of at most
 * {@link Evaluator#MAX_BATCH}.
 */
final class RejectionAbc {

    private final CalibrationSpec spec;
    private final Evaluator evaluator;
    private final CalibrationListener listener;

    RejectionAbc(CalibrationSpec spec, Simulator simulator, CalibrationListener listener) {
        this.spec = spec;
        this.evaluator = new Evaluator(spec, simulator, listener);
        this.listener = listener;
    }

    CalibrationResult run() throws IOException, CalibrationException {
        Method m = spec.method();
        CalibratedParameter[] parameters = evaluator.parameters();
        Factor[] unit = new Factor[parameters.length];
        for (int d = 0; d < unit.length; d++) {
            unit[d] = Factor.real("u" + d, 0, 1);
        }
        double[][] u = LatinHypercubeDesign.withSeed(FactorSpace.of(unit), m.samples(),
                CalibrationSeeds.proposals(spec.seed(), 0, 0).nextLong()).unitSample();
        int n = m.samples();
        double[][] working = new double[n][parameters.length];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < parameters.length; d++) {
                working[i][d] = parameters[d].atUnit(u[i][d]);
            }
        }
        double[][] values = new double[n][];
        double[][] statistics = new double[n][];
        double[] distances = new double[n];
        int batches = 0;
        for (int from = 0; from < n; from += Evaluator.MAX_BATCH) {
            int to = Math.min(n, from + Evaluator.MAX_BATCH);
            Evaluator.Scored s = evaluator.evaluate(0, batches++, Arrays.copyOfRange(working, from, to),
                    spec.scenarioNames(), m.replicates());
            for (int i = from; i < to; i++) {
                values[i] = s.values()[i - from];
                statistics[i] = s.statistics()[i - from];
                distances[i] = s.distances()[i - from];
            }
        }
        int kept = m.kept();
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> distances[i]).thenComparingInt(i -> i));
        boolean[] accepted = new boolean[n];
        int[] chosen = new int[kept];
        for (int r = 0; r < kept; r++) {
            chosen[r] = order[r];
        }
        Arrays.sort(chosen);
        for (int i : chosen) {
            accepted[i] = true;
        }
        List<Evaluated> particles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            particles.add(new Evaluated(0, i / Evaluator.MAX_BATCH, i % Evaluator.MAX_BATCH, values[i], statistics[i],
                    distances[i], accepted[i]));
        }
        double[] equal = new double[n];
        Arrays.fill(equal, 1.0 / n);
        Population prior = new Population(0, working, values, equal, distances, statistics);
        double[] weights = new double[kept];
        Arrays.fill(weights, 1.0 / kept);
        Population posterior = new Population(0, pick(working, chosen), pick(values, chosen), weights,
                Arrays.stream(chosen).mapToDouble(i -> distances[i]).toArray(), pick(statistics, chosen));
        double tolerance = distances[order[kept - 1]];
        long within = Arrays.stream(distances).filter(d -> d <= tolerance).count();
        GenerationRecord record = new GenerationRecord(0, tolerance, n, within, kept, kept, batches,
                (long) n * spec.scenarios().size() * m.replicates(), true);
        listener.generation(record);
        return new CalibrationResult(posterior, prior, List.of(record), particles, "rejection keeps the closest "
                + kept + " of " + n + " samples");
    }

    private static double[][] pick(double[][] rows, int[] chosen) {
        double[][] out = new double[chosen.length][];
        for (int r = 0; r < chosen.length; r++) {
            out[r] = rows[chosen[r]];
        }
        return out;
    }
}
