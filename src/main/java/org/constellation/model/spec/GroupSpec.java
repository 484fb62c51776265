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
 * @param regimeTies how far it is tied to the regime, 0-1 (officials who protect it, share its revenue or use it
 *     against rivals); NaN: none for a jihadist group, otherwise as far as the host institution that polices
 *     it is captured, wherever it is
 */
public record GroupSpec(String id, String name, GroupKind kind, String district, double strength, double regimeTies)
        implements Serializable {

    /** A group whose ties to the regime follow the capture of the institution that polices it. */
    public GroupSpec(String id, String name, GroupKind kind, String district, double strength) {
        this(id, name, kind, district, strength, Double.NaN);
    }
}
