package org.constellation.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The perceptually uniform, colour-blind-safe viridis colour map (dark purple for low values to
 * yellow for high values), interpolated linearly between nine reference colours. NaN maps to
 * {@link ChartStyle#NO_DATA}; values outside the bounds are clamped.
 */
final class ViridisPaintScale implements PaintScale, Serializable {

    private static final int[] ANCHORS = {
        0x440154, 0x472C7A, 0x3B518B, 0x2C718E, 0x21908D, 0x27AD81, 0x5CC863, 0xAADC32, 0xFDE725
    };

    private final double lower;
    private final double upper;

    /** Creates a scale over {@code [lower, upper]}, which must be finite with lower < upper. */
    ViridisPaintScale(double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("colour scale needs finite bounds with lower < upper"
                    + " but got " + lower + ", " + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return ChartStyle.NO_DATA;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double position = t * (ANCHORS.length - 1);
        int i = Math.min((int) position, ANCHORS.length - 2);
        double f = position - i;
        Color a = new Color(ANCHORS[i]);
        Color b = new Color(ANCHORS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ViridisPaintScale scale && Double.compare(lower, scale.lower) == 0
                && Double.compare(upper, scale.upper) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(lower) + Double.hashCode(upper);
    }
}
