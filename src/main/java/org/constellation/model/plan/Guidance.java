package org.constellation.model.plan;

import java.util.Arrays;

/**
 * What coordination mechanisms tell one actor for the current step: a weight on each district and
 * challenge cell (above 1 to draw the actor in, below 1 to steer it away, 0 to forbid) and a weight
 * on each activity type. Reset to neutral at the start of every step.
 */
public final class Guidance {

    private final double[] cellWeight;
    private final double[] activityWeight;
    private boolean neutral = true;

    public Guidance(int cells, int activityTypes) {
        cellWeight = new double[cells];
        activityWeight = new double[activityTypes];
        Arrays.fill(cellWeight, 1.0);
        Arrays.fill(activityWeight, 1.0);
    }

    /** Back to neutral (all weights 1). */
    public void reset() {
        if (!neutral) {
            Arrays.fill(cellWeight, 1.0);
            Arrays.fill(activityWeight, 1.0);
            neutral = true;
        }
    }

    /** Multiplies the weight of a cell. */
    public void scaleCell(int cell, double factor) {
        cellWeight[cell] *= factor;
        neutral = false;
    }

    /** Multiplies the weight of an activity type. */
    public void scaleActivity(int activity, double factor) {
        activityWeight[activity] *= factor;
        neutral = false;
    }

    /** Weight of a cell. */
    public double cell(int cell) {
        return cellWeight[cell];
    }

    /** Weight of an activity type. */
    public double activity(int activity) {
        return activityWeight[activity];
    }

    /** True if no mechanism changed a weight this step. */
    public boolean isNeutral() {
        return neutral;
    }
}
