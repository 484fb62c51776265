package org.constellation.charts;

/**
 * One named sensitivity index of a factor (e.g. Sobol "S1" or "ST", Morris "mu*" or "sigma") with
 * optional confidence bounds, for {@link SensitivityBarChart}. Bounds are either both NaN (none)
 * or both finite with {@code lower <= upper}.
 *
 * @param name the index name, shown in the legend
 * @param value the estimate, finite
 * @param lower the lower confidence bound, or NaN for none
 * @param upper the upper confidence bound, or NaN for none
 */
public record SensitivityIndex(String name, double value, double lower, double upper) {

    /**
     * Validates the index.
     *
     * @throws IllegalArgumentException if the name is blank, the value is not finite, or the
     *     bounds are not both NaN or both finite with {@code lower <= upper}
     */
    public SensitivityIndex {
        Checks.label(name, "index name");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("index '" + name + "' has non-finite value " + value);
        }
        boolean noBounds = Double.isNaN(lower) && Double.isNaN(upper);
        boolean bounds = Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper;
        if (!noBounds && !bounds) {
            throw new IllegalArgumentException("index '" + name + "' needs both bounds NaN or both"
                    + " finite with lower <= upper but has [" + lower + ", " + upper + "]");
        }
    }

    /** Creates an index without confidence bounds. */
    public static SensitivityIndex of(String name, double value) {
        return new SensitivityIndex(name, value, Double.NaN, Double.NaN);
    }

    /** Creates an index with confidence bounds {@code [lower, upper]}. */
    public static SensitivityIndex of(String name, double value, double lower, double upper) {
        return new SensitivityIndex(name, value, lower, upper);
    }

    /** Returns whether this index has confidence bounds. */
    public boolean hasBounds() {
        return !Double.isNaN(lower);
    }
}
