package org.constellation.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in reports, in one notation: plain decimals (never scientific), three significant figures
 * for a value alone, and an estimate with its interval to the decimals the interval's width resolves
 * (two significant figures of the half-width), all three to the same decimals. At most six decimals;
 * a smaller magnitude shows as 0 to that precision.
 */
final class Figures {

    /** Significant figures of a value shown alone. */
    static final int SIGNIFICANT = 3;
    /** Most decimals ever shown. */
    static final int MAX_DECIMALS = 6;

    private Figures() {
    }

    /** A value to three significant figures, e.g. 0.000123, 0.457, 12.3, 4567. */
    static String of(double value) {
        return Double.isFinite(value) ? fixed(value, decimals(value, SIGNIFICANT)) : text(value);
    }

    /** A value to three significant figures with trailing zeros dropped, e.g. 0.00729, 1.5, 8. */
    static String short3(double value) {
        if (!Double.isFinite(value)) {
            return text(value);
        }
        BigDecimal v = new BigDecimal(value).round(new java.math.MathContext(SIGNIFICANT)).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    /** An estimate and its interval, e.g. "0.457 [0.444, 0.469]", all to the decimals the interval resolves. */
    static String interval(double estimate, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return of(estimate);
        }
        double half = (high - low) / 2;
        int d = half > 0 ? decimals(half, 2) : decimals(estimate, SIGNIFICANT);
        return fixed(estimate, d) + " [" + fixed(low, d) + ", " + fixed(high, d) + "]";
    }

    /** A p-value: as {@link #of}, or "&lt; 0.000001" below that. */
    static String pValue(double p) {
        return p < 1e-6 ? "&lt; 0.000001" : of(p);
    }

    /**
     * A design value (a factor level, a point number): a number to six significant figures with
     * trailing zeros dropped (28.3333, 0.35, 12), any other text as itself.
     */
    static String level(String csv) {
        try {
            BigDecimal v = new BigDecimal(csv).round(new java.math.MathContext(6)).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        } catch (NumberFormatException e) {
            return SweepReport.escape(csv);
        }
    }

    /** A CSV cell as {@link #of}: empty shows as a dash, text that is not a number as itself. */
    static String cell(String csv) {
        if (csv.isEmpty()) {
            return "&ndash;";
        }
        try {
            return of(Double.parseDouble(csv));
        } catch (NumberFormatException e) {
            return SweepReport.escape(csv);
        }
    }

    /** Decimals that show {@code significant} significant figures of {@code value}, within [0, 6]. */
    private static int decimals(double value, int significant) {
        if (value == 0 || !Double.isFinite(value)) {
            return 0;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        return Math.max(0, Math.min(MAX_DECIMALS, significant - 1 - exponent));
    }

    private static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return text(value);
        }
        String s = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static String text(double value) {
        return Double.isNaN(value) ? "&ndash;" : value > 0 ? "&infin;" : "&minus;&infin;";
    }
}
