package org.constellation.model.agents;

import java.io.Serializable;
import java.util.List;
import org.constellation.model.world.District;

/**
 * An actor's scheduled changes of presence and nominal capacity, resolved to districts: each entry
 * takes effect at the start of its step, in step order (a deployment that grows, moves or shrinks,
 * as Geo-PKO records it year by year). Applying it draws no random number.
 */
public final class ActorSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One resolved change.
     *
     * @param step the step at whose start it takes effect
     * @param presence the districts from then on, or null to keep them
     * @param capacity nominal effort units per step from then on, or NaN to keep it
     */
    public record Change(int step, List<District> presence, double capacity) implements Serializable {
        public Change {
            presence = presence == null ? null : List.copyOf(presence);
        }
    }

    private final List<Change> changes;
    private int next;

    /** @param changes the changes in strictly increasing step order */
    public ActorSchedule(List<Change> changes) {
        for (int k = 1; k < changes.size(); k++) {
            if (changes.get(k).step() <= changes.get(k - 1).step()) {
                throw new IllegalArgumentException("schedule steps must increase: " + changes.get(k - 1).step()
                        + " then " + changes.get(k).step());
            }
        }
        this.changes = List.copyOf(changes);
    }

    /**
     * Applies every change due at or before {@code step} not applied yet; true if presence or capacity
     * actually changed (a change that restates the current values is no change).
     */
    boolean applyUpTo(Actor actor, int step) {
        boolean changed = false;
        while (next < changes.size() && changes.get(next).step() <= step) {
            Change c = changes.get(next++);
            if (c.presence() != null) {
                for (District d : List.copyOf(actor.presence())) {
                    if (!c.presence().contains(d)) {
                        actor.removePresence(d);
                        changed = true;
                    }
                }
                for (District d : c.presence()) {
                    changed |= !actor.isPresentIn(d);
                    actor.addPresence(d);
                }
            }
            if (!Double.isNaN(c.capacity()) && c.capacity() != actor.nominalCapacity()) {
                actor.setNominalCapacity(c.capacity());
                changed = true;
            }
        }
        return changed;
    }

    /** The first change not applied yet, or null. */
    public Change upcoming() {
        return next < changes.size() ? changes.get(next) : null;
    }

    /** Every change, in step order. */
    public List<Change> changes() {
        return changes;
    }
}
