package org.constellation.model.plan;

import java.io.Serializable;
import java.util.Arrays;
import org.constellation.model.Challenge;

/**
 * What coordination mechanisms tell one actor for the current step: a weight on each district and
 * challenge cell (above 1 to draw the actor in, below 1 to steer it away, 0 to forbid), a weight
 * on each activity type, and a weight on an activity type in one district. Reset to neutral at the
 * start of every step. The cell weights are made when a mechanism first scales one (most actors
 * never get guidance on cells, and a large region has many cells).
 */
public final class Guidance implements Serializable {

    private final int cells;
    private double[] cellWeight;
    private final double[] activityWeight;
    /** Per district, made when a mechanism first scales an activity there: one weight per activity type. */
    private double[][] districtActivityWeight;
    private final int activityTypes;
    private boolean neutral = true;

    public Guidance(int cells, int activityTypes) {
        this.cells = cells;
        activityWeight = new double[activityTypes];
        this.activityTypes = activityTypes;
        Arrays.fill(activityWeight, 1.0);
    }

    /** Back to neutral (all weights 1). */
    public void reset() {
        if (!neutral) {
            if (cellWeight != null) {
                Arrays.fill(cellWeight, 1.0);
            }
            Arrays.fill(activityWeight, 1.0);
            if (districtActivityWeight != null) {
                Arrays.fill(districtActivityWeight, null);
            }
            neutral = true;
        }
    }

    /** Multiplies the weight of a cell. */
    public void scaleCell(int cell, double factor) {
        if (cellWeight == null) {
            cellWeight = new double[cells];
            Arrays.fill(cellWeight, 1.0);
        }
        cellWeight[cell] *= factor;
        neutral = false;
    }

    /** Multiplies the weight of an activity type. */
    public void scaleActivity(int activity, double factor) {
        activityWeight[activity] *= factor;
        neutral = false;
    }

    /** Multiplies the weight of one activity type in one district. */
    public void scaleDistrictActivity(int district, int activity, double factor) {
        if (districtActivityWeight == null) {
            districtActivityWeight = new double[cells / Challenge.COUNT][];
        }
        double[] row = districtActivityWeight[district];
        if (row == null) {
            row = new double[activityTypes];
            Arrays.fill(row, 1.0);
            districtActivityWeight[district] = row;
        }
        row[activity] *= factor;
        neutral = false;
    }

    /** Weight of one activity type in one district (the activity's own weight not included). */
    public double districtActivity(int district, int activity) {
        if (districtActivityWeight == null) {
            return 1.0;
        }
        double[] row = districtActivityWeight[district];
        return row == null ? 1.0 : row[activity];
    }

    /** Weight of a cell. */
    public double cell(int cell) {
        return cellWeight == null ? 1.0 : cellWeight[cell];
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
