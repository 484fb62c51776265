package org.constellation.experiment.calibration;

import java.io.IOException;
import java.util.List;

/** Runs batches of particles through a {@link Simulator} and scores them; keeps every particle it ran. */
final class Evaluator {

    /** Most particles in one batch (keeps each batch's experiment file well within the YAML size limit). */
    static final int MAX_BATCH = 2000;

    private final CalibrationSpec spec;
    private final Simulator simulator;
    private final CalibrationListener listener;
    private final Scoring scoring;
    private final CalibratedParameter[] parameters;

    /**
     * One batch, run and scored.
     *
     * @param working working values
     * @param values applied values
     * @param statistics target statistics
     * @param distances distances
     */
    record Scored(double[][] working, double[][] values, double[][] statistics, double[] distances) {
    }

    Evaluator(CalibrationSpec spec, Simulator simulator, CalibrationListener listener) {
        this.spec = spec;
        this.simulator = simulator;
        this.listener = listener;
        this.scoring = new Scoring(spec);
        this.parameters = spec.parameters().toArray(CalibratedParameter[]::new);
    }

    CalibratedParameter[] parameters() {
        return parameters.clone();
    }

    /** The width of each parameter's working space. */
    double[] widths() {
        double[] w = new double[parameters.length];
        for (int d = 0; d < w.length; d++) {
            w[d] = parameters[d].high() - parameters[d].low();
        }
        return w;
    }

    /** Runs a batch of particles given by their working values on some base scenarios. */
    Scored evaluate(int generation, int batch, double[][] working, List<String> scenarios, int replicates)
            throws IOException, CalibrationException {
        double[][] values = new double[working.length][parameters.length];
        for (int i = 0; i < working.length; i++) {
            for (int d = 0; d < parameters.length; d++) {
                values[i][d] = parameters[d].value(working[i][d]);
            }
        }
        String name = generation == CalibrationSeeds.PREDICTIVE ? "predictive"
                : String.format(java.util.Locale.ROOT, "g%02d-b%03d", generation, batch);
        listener.batch(name, working.length, (long) working.length * scenarios.size() * replicates);
        double[][] statistics = simulator.run(new Simulator.Batch(name, CalibrationSeeds.runs(spec.seed(), generation,
                batch)), values, scenarios, replicates);
        double[] distances = new double[working.length];
        for (int i = 0; i < working.length; i++) {
            distances[i] = scoring.distance(statistics[i]);
        }
        return new Scored(working, values, statistics, distances);
    }
}
