package org.constellation.experiment.calibration;

/**
 * What one generation did (a row of generations.csv).
 *
 * @param generation its number (0: drawn from the prior)
 * @param tolerance its tolerance (infinite for the prior generation and for rejection's single one, whose
 *        tolerance is the largest accepted distance)
 * @param proposed particles proposed and run
 * @param accepted particles whose distance was within the tolerance (some beyond the population may be left over)
 * @param population particles in its population
 * @param ess effective sample size of its weights
 * @param batches batches it took
 * @param runs model runs it took
 * @param complete whether it filled its population (false when the simulation budget ran out)
 */
public record GenerationRecord(int generation, double tolerance, long proposed, long accepted, int population,
        double ess, int batches, long runs, boolean complete) {

    /** Share of proposals within the tolerance. */
    public double acceptanceRate() {
        return proposed == 0 ? Double.NaN : (double) accepted / proposed;
    }
}
