package org.constellation.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import org.constellation.model.ActorType;

/**
 * Every colour and stroke of the GUI, in one place: a colour per actor type (Okabe-Ito, readable by
 * colour-blind students), the ramps districts are filled with, and the strokes of the edges.
 */
final class Palette {

    static final Color BACKGROUND = new Color(0xF7F5EF);
    static final Color LABEL = new Color(0x222222);
    static final Color DISTRICT_OUTLINE = new Color(0x555555);
    static final Color CAPITAL_OUTLINE = new Color(0x000000);
    static final Color EDGE = new Color(0x9A9A9A);
    static final Color BORDER_EDGE = new Color(0xD55E00);
    static final Color GROUP = new Color(0x8B0000);
    static final Color GROUP_OUTLINE = Color.BLACK;
    static final Color MOVE = new Color(0xB00020);
    static final Color IDLE = new Color(0xFFFFFF);
    static final Color LEGEND_BACKGROUND = new Color(255, 255, 255, 225);

    static final Stroke EDGE_STROKE = new BasicStroke(1.5f);
    static final Stroke BORDER_STROKE = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    static final Stroke OUTLINE = new BasicStroke(1.2f);
    static final Stroke CAPITAL = new BasicStroke(3f);

    private static final Color[] ACTOR = {
        new Color(0x0072B2), // mission: blue
        new Color(0x009E73), // UN Country Team agency: green
        new Color(0xE69F00), // donor: orange
        new Color(0x6A3D9A), // host government: purple
        new Color(0xCC79A7), // civil society: pink
        new Color(0x8B0000), // armed group: dark red
    };

    private Palette() {
    }

    /** The colour of an actor type. */
    static Color of(ActorType type) {
        return ACTOR[type.ordinal()];
    }

    /** White to the ramp's full colour, for a value clamped to 0-1. */
    static Color ramp(ColourBy mode, double value) {
        double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        return mix(Color.WHITE, full(mode), v);
    }

    /** The full colour of a ramp (also the colour of its metric on the chart). */
    static Color full(ColourBy mode) {
        return switch (mode) {
            case NEED -> new Color(0xB2182B);
            case COVERAGE_GAP -> new Color(0x8C510A);
            case DUPLICATION -> new Color(0x2166AC);
        };
    }

    /** The colour of the chart's chosen metric. */
    static final Color CHOSEN_METRIC = new Color(0x1B7837);

    /** A colour a share t of the way from a to b. */
    static Color mix(Color a, Color b, double t) {
        return new Color(channel(a.getRed(), b.getRed(), t), channel(a.getGreen(), b.getGreen(), t),
                channel(a.getBlue(), b.getBlue(), t));
    }

    private static int channel(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
