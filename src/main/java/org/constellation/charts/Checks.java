package org.constellation.charts;

import java.util.Collection;
import java.util.Map;

/** Input validation shared by the chart builders; every failure names what was wrong. */
final class Checks {

    private Checks() {
    }

    /** Requires a non-null, non-blank label; {@code what} names it in the message. */
    static String label(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
        return value;
    }

    /** Requires a plain file name: not blank, no path separators, not "." or "..". */
    static String fileName(String value, String what) {
        label(value, what);
        if (value.contains("/") || value.contains("\\") || value.equals(".")
                || value.equals("..") || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what
                    + " must be a plain file name without path separators but was '" + value + "'");
        }
        return value;
    }

    /** Requires a non-null, non-empty map. */
    static <M extends Map<?, ?>> M nonEmpty(M map, String what) {
        if (map == null || map.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be null or empty");
        }
        return map;
    }

    /** Requires a non-null, non-empty collection. */
    static <C extends Collection<?>> C nonEmpty(C values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be null or empty");
        }
        return values;
    }

    /** Requires a non-null array of the given length. */
    static double[] length(double[] values, int expected, String what) {
        if (values == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(
                    what + " has " + values.length + " values but " + expected + " were expected");
        }
        return values;
    }

    /** Requires every value to be finite or NaN (NaN marks a missing value); rejects infinities. */
    static void noInfinity(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(what + " is infinite at index " + i);
            }
        }
    }

    /** Requires at least one finite value. */
    static void someFinite(double[] values, String what) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return;
            }
        }
        throw new IllegalArgumentException(what + " has no finite value");
    }

    /** Requires a non-empty array of finite, strictly increasing values. */
    static double[] increasing(double[] values, String what) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(what + " must not be null or empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " is not finite at index " + i);
            }
            if (i > 0 && values[i] <= values[i - 1]) {
                throw new IllegalArgumentException(what + " must be strictly increasing but index "
                        + i + " (" + values[i] + ") follows " + values[i - 1]);
            }
        }
        return values;
    }
}
