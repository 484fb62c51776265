package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Effects of activities waiting for their time to effect: at a future step, a share of a cell's
 * need or driver is removed.
 */
final class EffectQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A pending effect: remove {@code share} of the need (or driver) of a cell. */
    record Effect(int cell, boolean onDriver, double share) implements Serializable {
    }

    private final List<List<Effect>> slots = new ArrayList<>();

    EffectQueue(int maxDelay) {
        for (int i = 0; i <= maxDelay; i++) {
            slots.add(new ArrayList<>());
        }
    }

    /** Schedules an effect {@code delay} steps after {@code step}. */
    void add(int step, int delay, Effect effect) {
        int d = Math.min(delay, slots.size() - 1);
        slots.get((step + d) % slots.size()).add(effect);
    }

    /** Removes and returns the effects due at a step. */
    List<Effect> due(int step) {
        List<Effect> slot = slots.get(step % slots.size());
        List<Effect> out = new ArrayList<>(slot);
        slot.clear();
        return out;
    }
}
