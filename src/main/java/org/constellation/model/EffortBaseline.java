package org.constellation.model;

import java.io.Serializable;

/**
 * What a closing actor did before its taper: over its reference period (steps {@code from} to
 * {@code to}, exclusive), its own mean effort per step on each need cell target (a cell's need or its
 * driver) where it worked, and the mean effort of all other actors on the same targets. The transition
 * metric compares what others do there after the closure with this.
 *
 * @param from first step of the reference period
 * @param to the step after its last
 * @param cells the need cell targets ({@link CellResponse#targetIndex}) the actor worked on, ascending
 * @param own the actor's mean effort per step on each target
 * @param others the other actors' mean effort per step on each target
 */
public record EffortBaseline(int from, int to, int[] cells, double[] own, double[] others) implements Serializable {

    public EffortBaseline {
        cells = cells.clone();
        own = own.clone();
        others = others.clone();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    @Override
    public double[] own() {
        return own.clone();
    }

    @Override
    public double[] others() {
        return others.clone();
    }

    /** Number of cell targets. */
    public int size() {
        return cells.length;
    }

    /** The cell target at a position. */
    public int cell(int k) {
        return cells[k];
    }

    /** The actor's mean effort per step on the cell target at a position. */
    public double own(int k) {
        return own[k];
    }

    /** The other actors' mean effort per step on the cell target at a position. */
    public double others(int k) {
        return others[k];
    }
}
