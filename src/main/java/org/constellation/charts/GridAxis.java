package org.constellation.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * The axis of one heat-map factor. Evenly spaced levels get a numeric axis with cells one spacing
 * wide; unevenly spaced levels (e.g. logarithmic) get equal-width cells at index positions,
 * labelled with the level values.
 *
 * @param axis the axis to put on the plot
 * @param coordinates the plot coordinate of each level's cell centre
 * @param cellSize the width of a cell in plot coordinates
 */
record GridAxis(ValueAxis axis, double[] coordinates, double cellSize) {

    /** Most level labels drawn on an uneven axis; with more levels only every k-th is labelled. */
    static final int MAX_LABELS = 20;

    /** Builds the axis for finite, strictly increasing {@code levels}. */
    static GridAxis of(String label, double[] levels) {
        int n = levels.length;
        if (isEven(levels)) {
            double step = levels[1] - levels[0];
            NumberAxis axis = new NumberAxis(label);
            axis.setAutoRangeIncludesZero(false);
            axis.setRange(levels[0] - step / 2, levels[n - 1] + step / 2);
            return new GridAxis(axis, levels.clone(), step);
        }
        int every = (n + MAX_LABELS - 1) / MAX_LABELS;
        String[] symbols = new String[n];
        double[] coordinates = new double[n];
        for (int i = 0; i < n; i++) {
            symbols[i] = i % every == 0 ? format(levels[i]) : "";
            coordinates[i] = i;
        }
        SymbolAxis axis = new SymbolAxis(label, symbols);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, n - 0.5);
        return new GridAxis(axis, coordinates, 1.0);
    }

    /** True if there are at least two levels and all gaps equal the first within 1e-6. */
    static boolean isEven(double[] levels) {
        if (levels.length < 2) {
            return false;
        }
        double step = levels[1] - levels[0];
        for (int i = 2; i < levels.length; i++) {
            if (Math.abs(levels[i] - levels[i - 1] - step) > 1e-6 * step) {
                return false;
            }
        }
        return true;
    }

    /** Formats a level with four significant digits, plainly unless very small or large. */
    static String format(double value) {
        double magnitude = Math.abs(value);
        if (value != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(4));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
