package org.constellation.coordination;

import java.io.Serializable;
import org.constellation.model.SharingContext;
import org.constellation.model.agents.Actor;

/**
 * The energy of a top-down structure: it starts full, loses a share each time the staff of the actor
 * who set it up rotate, and recovers slowly as it is institutionalised (<i>Fit for Purpose</i> ch. 6,
 * recommendation 5: top-down structures "lose their energy once those who have set them up for a
 * particular purpose leave").
 */
final class Momentum implements Serializable {

    private final double loss;
    private final double renewal;
    private double energy = 1;

    Momentum(double loss, double renewal) {
        this.loss = loss;
        this.renewal = renewal;
    }

    /** Updates the energy for this step and returns it. */
    double update(SharingContext ctx, Actor founder) {
        if (ctx.rotatedThisStep().contains(founder)) {
            energy *= 1 - loss;
        }
        energy += renewal * (1 - energy);
        return energy;
    }

    /** Current energy, 0-1. */
    double energy() {
        return energy;
    }
}
