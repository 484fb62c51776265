package org.constellation.model;

import java.io.Serializable;
import ec.util.MersenneTwisterFast;

/**
 * A coordination arrangement (<i>Fit for Purpose</i> ch. 4 and ch. 6, recommendation 5), run once
 * per step in the COORDINATE phase, after sensing and sharing and before planning. Implementations
 * live outside the model package, are registered by a stable name, and keep any per-run state in
 * their own fields (a new instance per run).
 */
public interface CoordinationMechanism extends Serializable {

    /** The stable kebab-case name under which the mechanism is registered. */
    String name();

    /** Called once after the world is built, before the first step. */
    default void initialize(CoordinationContext context) {
    }

    /** Coordinates the current step. Every random draw must come from {@code random}. */
    void coordinate(CoordinationContext context, MersenneTwisterFast random);

    /** Called when an actor closes, before its portfolio is lost (handover). */
    default void onClosure(CoordinationContext context, org.constellation.model.agents.Actor closing) {
    }
}
