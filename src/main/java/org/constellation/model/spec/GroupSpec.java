package org.constellation.model.spec;

import java.io.Serializable;

/**
 * A criminal or armed group.
 *
 * @param id unique id
 * @param name display name
 * @param kind what kind of group
 * @param district id of the district where it starts
 * @param strength starting strength (fighters and assets, in model strength units)
 */
public record GroupSpec(String id, String name, GroupKind kind, String district, double strength)
        implements Serializable {
}
