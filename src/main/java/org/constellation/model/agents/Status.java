package org.constellation.model.agents;

/** Where an actor is in its life: not yet deployed, active, or closed. */
public enum Status {
    PENDING, ACTIVE, CLOSED
}
