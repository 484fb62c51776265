package org.constellation.experiment.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A real or integer factor on the closed range [min, max], on a linear or logarithmic scale.
 *
 * <p>Unit mapping {@link #valueAt(double)} (inverse-transform sampling of a uniform distribution,
 * Saltelli et al. 2008, <i>Global Sensitivity Analysis: The Primer</i>, §1.2.3):
 * <ul>
 *   <li>real, linear: {@code min + u (max - min)};</li>
 *   <li>real, log: {@code exp(ln min + u (ln max - ln min))} (log-uniform);</li>
 *   <li>integer, linear: {@code min + floor(u (max - min + 1))}, so each integer has probability
 *       {@code 1/(max - min + 1)};</li>
 *   <li>integer, log: {@code floor(exp(ln min + u (ln(max + 1) - ln min)))}, a discretised
 *       log-uniform in which integer j has probability proportional to {@code ln((j+1)/j)}.</li>
 * </ul>
 * Results are clamped to [min, max] against rounding.
 *
 * <p>Lattice mapping {@link #gridValue(int, int)}: with {@code t = index/(levels-1)}, the real value
 * {@code min + t (max - min)} (log scale: geometric spacing {@code min (max/min)^t}); both ends are
 * exact; integer factors round it to the nearest integer, so {@link #gridValues(int)} may hold fewer
 * than {@code levels} distinct values.
 *
 * @param name     unique, non-blank name
 * @param min      lower bound (integral for integer factors, &gt; 0 for log scale)
 * @param max      upper bound, strictly greater than min
 * @param integer  whether values are integers (type {@link Long}) rather than reals ({@link Double})
 * @param logScale whether values are spread on a logarithmic scale
 */
public record NumericFactor(String name, double min, double max, boolean integer, boolean logScale)
        implements Factor {

    /** Largest magnitude at which every integer is exactly representable as a double. */
    private static final double MAX_EXACT_INTEGER = 0x1p53;

    /** Validates the bounds. */
    public NumericFactor {
        checkName(name);
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(name + ": need finite min < max, got [" + min + ", " + max + "]");
        }
        if (integer && (Math.rint(min) != min || Math.rint(max) != max
                || Math.abs(min) > MAX_EXACT_INTEGER || Math.abs(max) > MAX_EXACT_INTEGER)) {
            throw new IllegalArgumentException(name + ": integer factor needs integral bounds within ±2^53");
        }
        if (logScale && !(min > 0.0)) {
            throw new IllegalArgumentException(name + ": log scale needs min > 0, got " + min);
        }
    }

    @Override
    public boolean isNumeric() {
        return true;
    }

    @Override
    public Object valueAt(double u) {
        checkUnit(u);
        if (!integer) {
            double x = logScale ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)))
                    : min + u * (max - min);
            return clamp(x);
        }
        double x = logScale ? Math.exp(Math.log(min) + u * (Math.log(max + 1.0) - Math.log(min)))
                : min + u * (max - min + 1.0);
        return (long) clamp(Math.floor(x));
    }

    @Override
    public Object gridValue(int index, int levels) {
        if (levels < 1 || index < 0 || index >= levels) {
            throw new IllegalArgumentException("need 0 <= index < levels, got " + index + " of " + levels);
        }
        double x;
        if (index == 0) {
            x = min;
        } else if (index == levels - 1) {
            x = max;
        } else {
            double t = index / (double) (levels - 1);
            x = clamp(logScale ? min * Math.pow(max / min, t) : min + t * (max - min));
        }
        return integer ? (Object) Math.round(x) : (Object) x;
    }

    @Override
    public List<Object> gridValues(int levels) {
        LinkedHashSet<Object> distinct = new LinkedHashSet<>();
        for (int i = 0; i < levels; i++) {
            distinct.add(gridValue(i, levels));
        }
        return List.copyOf(new ArrayList<>(distinct));
    }

    @Override
    public Object canonicalize(Object value) {
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(name + ": expected a number, got " + value);
        }
        double x = number.doubleValue();
        if (!(x >= min && x <= max)) {
            throw new IllegalArgumentException(name + ": " + value + " outside [" + min + ", " + max + "]");
        }
        if (integer) {
            if (Math.rint(x) != x) {
                throw new IllegalArgumentException(name + ": " + value + " is not an integer");
            }
            return (long) x;
        }
        return x;
    }

    private double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }

    static void checkName(String name) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("factor name must not be blank");
        }
    }

    static void checkUnit(double u) {
        if (!(u >= 0.0 && u < 1.0)) {
            throw new IllegalArgumentException("unit coordinate must be in [0,1), got " + u);
        }
    }
}
