package org.constellation.model.spec;

import java.io.Serializable;

/**
 * A host institution's starting state.
 *
 * @param capacity how well it functions, 0-1
 * @param absorption effort units of outside support it can absorb per step
 */
public record InstitutionSpec(double capacity, double absorption) implements Serializable {
}
