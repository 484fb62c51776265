package org.constellation.experiment.calibration;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * ABC-SMC (Toni et al. 2009; Beaumont et al. 2009). Generation 0 draws the population from the prior
 * and keeps it whole. Generation {@code t} sets its tolerance to the weighted {@code quantile} of the
 * last population's distances (Del Moral et al. 2012's adaptive schedule, floored at the final
 * tolerance), proposes particles from the last population moved by the {@link PerturbationKernel}, runs
 * them, and keeps the first {@code population} (in proposal order) whose distance is within the
 * tolerance, weighted by {@code prior / sum_j W_j K(z | z_j)}.
 *
 * <p>Proposals are run in batches, each a sweep: the first batch of a generation is sized by the
 * acceptance rate expected (the quantile for generation 1, the last generation's rate after), later ones
 * by the rate seen so far. Batch sizes depend only on earlier results, and each batch's proposals on its
 * own seed, so the particles accepted are those a strictly sequential sampler with the same seeds would
 * accept, for any number of threads or shards.
 *
 * <p>It stops after {@code generations} generations, or once the tolerance reaches the final tolerance,
 * stops decreasing, or a generation accepts fewer than {@code min_acceptance} of its proposals; a
 * generation that would exceed {@code max_simulations} proposals is left incomplete and the last complete
 * population is the posterior.
 */
final class AbcSmc {

    private final CalibrationSpec spec;
    private final Evaluator evaluator;
    private final CalibrationListener listener;
    private final List<Evaluated> particles = new ArrayList<>();
    private final List<GenerationRecord> generations = new ArrayList<>();
    private long proposedSoFar;

    AbcSmc(CalibrationSpec spec, Simulator simulator, CalibrationListener listener) {
        this.spec = spec;
        this.evaluator = new Evaluator(spec, simulator, listener);
        this.listener = listener;
    }

    CalibrationResult run() throws IOException, CalibrationException {
        Method m = spec.method();
        int n = m.population();
        MersenneTwisterFast rng = CalibrationSeeds.proposals(spec.seed(), 0, 0);
        CalibratedParameter[] parameters = evaluator.parameters();
        double[][] z = new double[n][parameters.length];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < parameters.length; d++) {
                z[i][d] = parameters[d].atUnit(rng.nextDouble());
            }
        }
        Evaluator.Scored prior = evaluator.evaluate(0, 0, z, spec.scenarioNames(), m.replicates());
        double[] equal = new double[n];
        java.util.Arrays.fill(equal, 1.0 / n);
        Population population = new Population(0, prior.working(), prior.values(), equal, prior.distances(),
                prior.statistics());
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        record(prior, 0, 0, all);
        proposedSoFar = n;
        finish(new GenerationRecord(0, Double.POSITIVE_INFINITY, n, n, n, n, 1,
                (long) n * spec.scenarios().size() * m.replicates(), true));
        Population first = population;
        double tolerance = Double.POSITIVE_INFINITY;
        String stop = "the last generation (" + m.generations() + ") was reached";
        for (int g = 1; g < m.generations(); g++) {
            double next = Math.max(m.finalTolerance(), population.distanceQuantile(m.quantile()));
            if (next >= tolerance) {
                stop = "the tolerance stopped decreasing (" + next + ")";
                break;
            }
            tolerance = next;
            Population created = generation(g, population, tolerance);
            if (created == null) {
                stop = "the simulation budget (max_simulations " + m.maxSimulations() + ") ran out in generation " + g;
                break;
            }
            population = created;
            GenerationRecord done = generations.get(generations.size() - 1);
            if (tolerance <= m.finalTolerance()) {
                stop = tolerance == 0 ? "the tolerance reached 0: every particle kept meets every target exactly"
                        : "the final tolerance (" + m.finalTolerance() + ") was reached";
                break;
            }
            if (done.acceptanceRate() < m.minAcceptance()) {
                stop = "the acceptance rate fell below min_acceptance (" + m.minAcceptance() + ")";
                break;
            }
        }
        return new CalibrationResult(population, first, generations, particles, stop);
    }

    /** Runs generation {@code g}; returns its population, or null if the budget ran out first. */
    private Population generation(int g, Population last, double tolerance) throws IOException, CalibrationException {
        Method m = spec.method();
        int n = m.population();
        PerturbationKernel kernel = PerturbationKernel.fit(last, "multivariate".equals(m.kernel()), evaluator.widths());
        List<double[]> working = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<double[]> statistics = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        double expected = g == 1 ? m.quantile() : generations.get(generations.size() - 1).acceptanceRate();
        long proposed = 0;
        long within = 0;
        int batch = 0;
        while (working.size() < n) {
            double rate = proposed == 0 ? expected : (double) within / proposed;
            int size = batchSize(n - working.size(), rate, n);
            if (size <= 0) {
                finish(new GenerationRecord(g, tolerance, proposed, within, working.size(), Double.NaN, batch,
                        runs(proposed), false));
                return null;
            }
            double[][] z = kernel.propose(CalibrationSeeds.proposals(spec.seed(), g, batch), size,
                    evaluator.parameters());
            Evaluator.Scored s = evaluator.evaluate(g, batch, z, spec.fitScenarios(), m.replicates());
            boolean[] accepted = new boolean[size];
            for (int i = 0; i < size; i++) {
                if (s.distances()[i] <= tolerance) {
                    within++;
                    if (working.size() < n) {
                        accepted[i] = true;
                        working.add(s.working()[i]);
                        values.add(s.values()[i]);
                        statistics.add(s.statistics()[i]);
                        distances.add(s.distances()[i]);
                    }
                }
            }
            record(s, g, batch, accepted);
            proposed += size;
            proposedSoFar += size;
            batch++;
        }
        double[][] z = working.toArray(double[][]::new);
        double[] weights = Weighted.normalise(kernel.weights(z));
        Population p = new Population(g, z, values.toArray(double[][]::new), weights,
                distances.stream().mapToDouble(Double::doubleValue).toArray(), statistics.toArray(double[][]::new));
        finish(new GenerationRecord(g, tolerance, proposed, within, n, p.ess(), batch, runs(proposed), true));
        return p;
    }

    /** The next batch's size: enough for what is missing at the rate expected, within the batch cap and the budget. */
    private int batchSize(int missing, double rate, int population) {
        double r = Math.max(rate, 0.02);
        long size = (long) Math.ceil(1.2 * missing / r);
        size = Math.max(size, Math.min(population, Math.max(missing, population / 10)));
        size = Math.min(size, Evaluator.MAX_BATCH);
        return (int) Math.min(size, spec.method().maxSimulations() - proposedSoFar);
    }

    private long runs(long proposed) {
        return proposed * spec.fitScenarios().size() * spec.method().replicates();
    }

    /** Keeps a batch's particles, marking those that entered the population. */
    private void record(Evaluator.Scored s, int generation, int batch, boolean[] accepted) {
        for (int i = 0; i < accepted.length; i++) {
            particles.add(new Evaluated(generation, batch, i, s.values()[i], s.statistics()[i], s.distances()[i],
                    accepted[i]));
        }
    }

    private void finish(GenerationRecord r) {
        generations.add(r);
        listener.generation(r);
    }
}
