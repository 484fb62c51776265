package org.constellation.experiment.calibration;

import java.io.IOException;
import java.util.List;

/** Runs particles and gives each one's target statistics: by sweeps of the model ({@link SweepSimulator}), or a toy. */
public interface Simulator {

    /**
     * Runs a batch of particles.
     *
     * @param batch the batch: a name unique in the calibration and the base seed of its runs
     * @param values the applied parameter values, one row per particle
     * @param scenarios the base scenarios to run each particle on
     * @param replicates runs of each base scenario per particle
     * @return per particle, each target's statistic (spec order), NaN where the runs do not define it
     *         (targets of base scenarios not run)
     */
    double[][] run(Batch batch, double[][] values, List<String> scenarios, int replicates)
            throws IOException, CalibrationException;

    /**
     * A batch of particles.
     *
     * @param name its name, e.g. "g02-b001" or "predictive"
     * @param seed the base seed of its runs
     */
    record Batch(String name, long seed) {
    }
}
