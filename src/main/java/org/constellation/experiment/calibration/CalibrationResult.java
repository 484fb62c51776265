package org.constellation.experiment.calibration;

import java.util.List;

/**
 * What a calibration found.
 *
 * @param posterior the final population
 * @param prior the population drawn from the prior (ABC-SMC's generation 0, or rejection's Latin
 *        hypercube), whose statistics are the prior predictive distribution
 * @param generations what each generation did
 * @param particles every particle proposed and run
 * @param stop why it stopped
 */
public record CalibrationResult(Population posterior, Population prior, List<GenerationRecord> generations,
        List<Evaluated> particles, String stop) {

    public CalibrationResult {
        generations = List.copyOf(generations);
        particles = List.copyOf(particles);
    }
}
