package org.constellation.model.spec;

import java.io.Serializable;
import java.util.List;

/**
 * A change to an actor during a run: from {@code step} on, its presence and/or its nominal capacity
 * take new values (a deployment that grows, moves or shrinks, as Geo-PKO records year by year).
 *
 * @param step the step at whose start the change happens
 * @param presence ids of the districts where it is present from then on; null leaves presence unchanged
 * @param capacity nominal effort units per step from then on; NaN leaves capacity unchanged
 */
public record ScheduleEntry(int step, List<String> presence, double capacity) implements Serializable {

    public ScheduleEntry {
        presence = presence == null ? null : List.copyOf(presence);
    }

    /** True if the entry sets presence. */
    public boolean setsPresence() {
        return presence != null;
    }

    /** True if the entry sets capacity. */
    public boolean setsCapacity() {
        return !Double.isNaN(capacity);
    }
}
