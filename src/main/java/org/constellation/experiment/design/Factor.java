package org.constellation.experiment.design;

import java.util.List;

/**
 * One input of an experiment: either a {@link NumericFactor} (real or integer, linear or log scale)
 * or a {@link CategoricalFactor} (an ordered list of string levels).
 *
 * <p>Two mappings from the unit interval are offered:
 * <ul>
 *   <li>{@link #valueAt(double)} maps {@code u ∈ [0,1)} as the quantile function of a uniform
 *       distribution over the factor's range (inverse-transform sampling, e.g. Saltelli et al. 2008,
 *       <i>Global Sensitivity Analysis: The Primer</i>, §1.2.3). Each categorical level and each
 *       integer value receives an equal share of the interval. Used by sampled designs.</li>
 *   <li>{@link #gridValue(int, int)} returns the {@code i}-th of {@code levels} evenly spaced
 *       values that include both ends of the range, as in a full factorial design or the Morris
 *       (1991) p-level grid. Used by lattice designs.</li>
 * </ul>
 *
 * <p>Value types: real factors give {@link Double}, integer factors {@link Long}, categorical
 * factors {@link String}.
 */
public sealed interface Factor permits NumericFactor, CategoricalFactor {

    /** @return the factor's unique name within its {@link FactorSpace} */
    String name();

    /** @return true for numeric (real or integer) factors, false for categorical ones */
    boolean isNumeric();

    /**
     * Maps a unit coordinate to a factor value.
     *
     * @param u coordinate in [0,1)
     * @return the value (Double, Long or String)
     * @throws IllegalArgumentException if u is outside [0,1)
     */
    Object valueAt(double u);

    /**
     * The {@code index}-th of {@code levels} evenly spaced values including both ends.
     *
     * @param index  0 .. levels-1
     * @param levels number of lattice points, at least 1 (1 gives the lower end)
     * @return the value (Double, Long or String)
     */
    Object gridValue(int index, int levels);

    /**
     * The distinct values a full factorial design uses for this factor.
     *
     * @param levels the requested number of levels for numeric factors (ignored for categorical
     *               factors, which always use all their levels)
     * @return distinct values in increasing (or declared) order
     */
    List<Object> gridValues(int levels);

    /**
     * Validates a user-supplied value and converts it to this factor's canonical type.
     *
     * @param value a Number for numeric factors, a String for categorical ones
     * @return the canonical value (Double, Long or String)
     * @throws IllegalArgumentException if the value is of the wrong type or outside the factor
     */
    Object canonicalize(Object value);

    /** @return a real factor uniform on [min, max] */
    static NumericFactor real(String name, double min, double max) {
        return new NumericFactor(name, min, max, false, false);
    }

    /** @return a real factor log-uniform on [min, max], min &gt; 0 */
    static NumericFactor logReal(String name, double min, double max) {
        return new NumericFactor(name, min, max, false, true);
    }

    /** @return an integer factor on {min, ..., max} */
    static NumericFactor integer(String name, long min, long max) {
        return new NumericFactor(name, min, max, true, false);
    }

    /** @return an integer factor on {min, ..., max} spread on a log scale, min &gt; 0 */
    static NumericFactor logInteger(String name, long min, long max) {
        return new NumericFactor(name, min, max, true, true);
    }

    /** @return a categorical factor with the given ordered, distinct levels */
    static CategoricalFactor categorical(String name, String... levels) {
        return new CategoricalFactor(name, List.of(levels));
    }
}
