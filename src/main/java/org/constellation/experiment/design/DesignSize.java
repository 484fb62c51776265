package org.constellation.experiment.design;

import java.util.Locale;

/**
 * How many points a design will have and about how much memory holding it takes, computed from its
 * specification alone, so that a design too big to hold is refused before it is built. Counts that
 * do not fit a {@code long} saturate at {@link Long#MAX_VALUE}.
 *
 * @param points number of design points
 * @param shape how the count arises, for messages (e.g. "200 x 200 x 200 x 200 grid")
 * @param bytes memory the built design holds, roughly
 */
public record DesignSize(long points, String shape, long bytes) {

    /**
     * Memory of one built point of {@code k} factor values: the point (header, index, space and
     * values references), its value array and a boxed value per factor, and the list's reference.
     */
    static long pointBytes(int k) {
        return 72 + 24L * k;
    }

    /** Memory of one row of a unit-hypercube sample: array header, k doubles, and its reference. */
    static long unitRowBytes(int k) {
        return 24 + 8L * k;
    }

    /** A sampled design of {@code points} points on {@code k} factors, which keeps its unit sample too. */
    static DesignSize sampled(long points, int k, String shape) {
        return new DesignSize(points, shape, times(points, pointBytes(k) + unitRowBytes(k)));
    }

    /** A product that saturates at {@link Long#MAX_VALUE} instead of overflowing (both factors non-negative). */
    public static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    /** A count with thousands separators, or "more than 9.2e18" for a saturated one. */
    public static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9,223,372,036,854,775,806" : String.format(Locale.ROOT, "%,d", n);
    }
}
