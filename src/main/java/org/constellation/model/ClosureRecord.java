package org.constellation.model;

import java.io.Serializable;
import java.util.Set;

/**
 * An actor (usually a mission) that closed: when, which district-challenge cells it was working on in
 * its last active step, and what it and the others did on its cells before its taper (the transition
 * metric's reference).
 *
 * @param actor index of the actor
 * @param step the step at which it closed
 * @param cells the cells (district * Challenge.COUNT + challenge) of its last plan
 * @param before its and the others' effort per cell over its reference period
 */
public record ClosureRecord(int actor, int step, Set<Integer> cells, EffortBaseline before) implements Serializable {

    public ClosureRecord {
        cells = Set.copyOf(cells);
    }
}
