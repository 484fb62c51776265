package org.constellation.charts;

import java.util.Arrays;

/**
 * A mean with lower and upper bounds (e.g. a 95% confidence interval) at each step, for
 * {@link BandChart}. Arrays are copied in and out, so a band cannot be changed after creation.
 *
 * @param mean the mean per step (NaN = no value)
 * @param lower the lower bound per step (NaN = no value)
 * @param upper the upper bound per step (NaN = no value)
 */
public record Band(double[] mean, double[] lower, double[] upper) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a value
     *     is infinite, or a lower bound exceeds its upper bound
     */
    public Band {
        if (mean == null || mean.length == 0) {
            throw new IllegalArgumentException("band mean must not be null or empty");
        }
        mean = mean.clone();
        lower = Checks.length(lower, mean.length, "band lower bound").clone();
        upper = Checks.length(upper, mean.length, "band upper bound").clone();
        Checks.noInfinity(mean, "band mean");
        Checks.noInfinity(lower, "band lower bound");
        Checks.noInfinity(upper, "band upper bound");
        for (int i = 0; i < mean.length; i++) {
            if (lower[i] > upper[i]) {
                throw new IllegalArgumentException("band lower bound " + lower[i]
                        + " exceeds upper bound " + upper[i] + " at index " + i);
            }
        }
    }

    /** Returns a copy of the means. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** Returns a copy of the lower bounds. */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** Returns a copy of the upper bounds. */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** Returns the number of steps. */
    public int length() {
        return mean.length;
    }

    /** Returns whether mean and both bounds are finite at step {@code index}. */
    public boolean isComplete(int index) {
        return Double.isFinite(mean[index]) && Double.isFinite(lower[index])
                && Double.isFinite(upper[index]);
    }

    /** Compares the array contents. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Band band && Arrays.equals(mean, band.mean)
                && Arrays.equals(lower, band.lower) && Arrays.equals(upper, band.upper);
    }

    /** Hashes the array contents. */
    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(mean) + Arrays.hashCode(lower)) + Arrays.hashCode(upper);
    }

    /** Lists the array contents. */
    @Override
    public String toString() {
        return "Band[mean=" + Arrays.toString(mean) + ", lower=" + Arrays.toString(lower)
                + ", upper=" + Arrays.toString(upper) + "]";
    }
}
