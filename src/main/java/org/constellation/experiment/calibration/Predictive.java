package org.constellation.experiment.calibration;

/**
 * The posterior predictive check: draws from the posterior run again, on every base scenario, so that
 * each target's predictive interval can be set against its observed value.
 *
 * @param draws particles drawn from the posterior (weighted, with replacement)
 * @param replicates runs of every base scenario per draw
 */
public record Predictive(int draws, int replicates) {
}
