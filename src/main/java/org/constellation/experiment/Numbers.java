package org.constellation.experiment;

/** Locale-independent, deterministic number formatting for CSV output. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Formats a value: whole numbers without a decimal point, others in Java's shortest round-trip
     * form, NaN as an empty field (read as missing by pandas and R).
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
