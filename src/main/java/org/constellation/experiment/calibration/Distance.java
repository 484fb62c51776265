package org.constellation.experiment.calibration;

/**
 * How the discrepancies of a particle's fit targets (each already divided by its scale) combine into
 * one distance: the weighted Euclidean norm {@code sqrt(sum w_k d_k^2)}, or the weighted maximum
 * {@code max w_k |d_k|} (every pattern within the tolerance at once). A NaN discrepancy (a statistic the
 * runs do not define) gives an infinite distance: the particle is never accepted.
 */
public enum Distance {

    EUCLIDEAN("euclidean"), CHEBYSHEV("chebyshev");

    private final String key;

    Distance(String key) {
        this.key = key;
    }

    /** As written in calibration files. */
    public String key() {
        return key;
    }

    /** The distance written as {@code key}. */
    public static Distance of(String key) {
        for (Distance d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no distance " + key);
    }

    /** The distance of some discrepancies with their weights. */
    public double of(double[] discrepancies, double[] weights) {
        double total = 0;
        for (int k = 0; k < discrepancies.length; k++) {
            double d = discrepancies[k];
            if (Double.isNaN(d)) {
                return Double.POSITIVE_INFINITY;
            }
            total = this == EUCLIDEAN ? total + weights[k] * d * d : Math.max(total, weights[k] * Math.abs(d));
        }
        return this == EUCLIDEAN ? Math.sqrt(total) : total;
    }
}
