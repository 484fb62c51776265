package org.constellation.model.spec;

import java.io.Serializable;

/**
 * How an actor perceives needs where it is present.
 *
 * @param noise standard deviation of an observation, in need units
 * @param delay steps between an event and the actor's observation of it
 * @param coverage chance per step of observing a district where it is present, 0-1
 */
public record SensingSpec(double noise, int delay, double coverage) implements Serializable {
}
