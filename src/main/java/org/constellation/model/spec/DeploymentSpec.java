package org.constellation.model.spec;

import java.io.Serializable;

/**
 * When and how an actor is on the ground.
 *
 * @param start first step it is active
 * @param end first step it is no longer active (it closes then); -1 for no end
 * @param personnel uniformed and civilian personnel, in thousands (drives harm inside the fence)
 * @param rotation steps between staff rotations; 0 for none
 * @param bunkerization how far it walls itself off from the population, 0-1
 */
public record DeploymentSpec(int start, int end, double personnel, int rotation, double bunkerization)
        implements Serializable {

    /** An actor present from the first step, never closing, without personnel or rotation. */
    public static DeploymentSpec permanent() {
        return new DeploymentSpec(0, -1, 0, 0, 0);
    }
}
