package org.constellation.model;

import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;

/**
 * How much effort a need cell (a district and a challenge) can use in one step: the one definition the
 * coverage, redundancy and transition metrics share, and that the effects code can adopt when it applies
 * diminishing returns per cell rather than per activity type.
 *
 * <p>Effort <i>E</i> on a cell achieves the share 1 - exp(-<i>E</i> / <i>S</i>) of the largest attainable
 * effect, where <i>S</i> is the cell's saturation scale. Today that scale is {@code effects.saturation},
 * the scale of the per-type diminishing returns (ODD 7.6): a cell counts as saturated by as much effort as
 * saturates one activity type there. The cell is <i>saturated</i> once the share reaches
 * {@code metrics.saturated_share} (0.95), i.e. at <i>E</i> = <i>S</i> ln(1 / (1 - 0.95)), about 3 <i>S</i>;
 * effort beyond that adds less than 5% of the effect and counts as redundant. Pure functions of the
 * parameters: no state, no random draws.
 */
public final class CellSaturation {

    private CellSaturation() {
    }

    /** The saturation scale S of a cell (effort units per step). */
    public static double scale(ModelParameters p) {
        return p.get(Parameters.SATURATION);
    }

    /** Share (0-1) of the largest attainable effect that an effort achieves on a cell in one step. */
    public static double effectShare(ModelParameters p, double effort) {
        return effort <= 0 ? 0 : 1 - Math.exp(-effort / scale(p));
    }

    /** The effort that saturates a cell in one step: beyond it, effort is redundant. */
    public static double saturatingEffort(ModelParameters p) {
        return -scale(p) * Math.log(1 - p.get(Parameters.METRIC_SATURATED_SHARE));
    }
}
