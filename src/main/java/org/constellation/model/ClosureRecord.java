package org.constellation.model;

import java.io.Serializable;
import java.util.Set;

/**
 * An actor (usually a mission) that closed: when, and which district-challenge cells it was working
 * on in its last active step. The transition-drop metric watches those cells afterwards.
 *
 * @param actor index of the actor
 * @param step the step at which it closed
 * @param cells the cells (district * Challenge.COUNT + challenge) it covered
 */
public record ClosureRecord(int actor, int step, Set<Integer> cells) implements Serializable {

    public ClosureRecord {
        cells = Set.copyOf(cells);
    }
}
