package org.constellation.experiment.calibration;

/**
 * How a calibration samples: ABC-SMC (Toni et al. 2009, with the adaptive tolerances and kernel of
 * Beaumont et al. 2009) or rejection ABC on a Latin hypercube (the baseline). Settings of the other
 * method are ignored (the loader refuses them in the file).
 *
 * @param type "abc-smc" or "rejection"
 * @param replicates runs of every base scenario per particle (their statistics are averaged)
 * @param population ABC-SMC: particles per generation
 * @param generations ABC-SMC: most generations, the first drawn from the prior
 * @param quantile ABC-SMC: each tolerance is this weighted quantile of the last population's distances
 * @param kernel ABC-SMC: "multivariate" (Gaussian, twice the weighted covariance) or "componentwise"
 *        (twice each weighted variance)
 * @param finalTolerance ABC-SMC: stop once the tolerance reaches it (0: never)
 * @param maxSimulations ABC-SMC: most particles proposed in all; a generation that would need more is not run
 * @param minAcceptance ABC-SMC: stop after a generation that accepted fewer than this share of its proposals
 * @param samples rejection: points of the Latin hypercube
 * @param accept rejection: the share of them kept, the closest
 */
public record Method(String type, int replicates, int population, int generations, double quantile, String kernel,
        double finalTolerance, long maxSimulations, double minAcceptance, int samples, double accept) {

    /** ABC-SMC. */
    public static final String SMC = "abc-smc";
    /** Rejection on a Latin hypercube. */
    public static final String REJECTION = "rejection";

    /** Whether it is ABC-SMC. */
    public boolean smc() {
        return SMC.equals(type);
    }

    /** Rejection: how many of the samples are kept. */
    public int kept() {
        return Math.max(1, (int) Math.round(accept * samples));
    }
}
