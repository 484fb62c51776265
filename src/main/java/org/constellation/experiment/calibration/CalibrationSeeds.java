package org.constellation.experiment.calibration;

import ec.util.MersenneTwisterFast;
import org.constellation.experiment.sweep.SeedPlan;

/**
 * The seeds of a calibration, from its base seed alone: each batch's proposals (its own generator) and
 * runs (the base seed of its sweep, whose runs then each have their own seed), so that a calibration
 * resumed, or run in shards, proposes and runs exactly the same particles.
 */
final class CalibrationSeeds {

    /** The generation number used for the posterior predictive batch. */
    static final int PREDICTIVE = 9_999;
    private static final long PROPOSALS = 0x2545F4914F6CDD1DL;
    private static final int STRIDE = 100_000;

    private CalibrationSeeds() {
    }

    /** The base seed of the runs of batch {@code batch} of generation {@code generation}. */
    static long runs(long base, int generation, int batch) {
        return SeedPlan.seed(base, generation * STRIDE + batch);
    }

    /** The generator of the proposals of a batch. */
    static MersenneTwisterFast proposals(long base, int generation, int batch) {
        return new MersenneTwisterFast(SeedPlan.seed(base ^ PROPOSALS, generation * STRIDE + batch));
    }
}
