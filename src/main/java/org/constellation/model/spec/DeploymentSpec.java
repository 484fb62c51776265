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
 * @param announced step from which the end is public (actors plan with it only from then); -1: the end
 *     minus {@code deployment.notice}; ignored without an end
 */
public record DeploymentSpec(int start, int end, double personnel, int rotation, double bunkerization,
        int announced) implements Serializable {

    /** A deployment whose end, if any, is announced {@code deployment.notice} steps before it. */
    public DeploymentSpec(int start, int end, double personnel, int rotation, double bunkerization) {
        this(start, end, personnel, rotation, bunkerization, -1);
    }

    /** An actor present from the first step, never closing, without personnel or rotation. */
    public static DeploymentSpec permanent() {
        return new DeploymentSpec(0, -1, 0, 0, 0);
    }

    /** The step from which the end is known, given the default notice; {@link Integer#MAX_VALUE} without an end. */
    public int announcement(int notice) {
        if (end < 0) {
            return Integer.MAX_VALUE;
        }
        return announced >= 0 ? announced : end - notice;
    }
}
