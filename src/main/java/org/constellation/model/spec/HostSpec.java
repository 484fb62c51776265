package org.constellation.model.spec;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.constellation.model.Challenge;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;

/**
 * A host government (<i>Fit for Purpose</i> ch. 4, "Host government").
 *
 * @param id actor id
 * @param name display name
 * @param effort effort units per step its own forces and services can deliver at full willingness
 * @param willingness political will to address the challenges, 0-1
 * @param capture capture of its institutions by illicit interests ("mafia bazar"), 0-1: every institution
 *     not named in {@code institutionCapture}
 * @param consent consent to the international presence, 0-1
 * @param priorities its own priorities per challenge (armed groups first), 0-1
 * @param institutions starting state of each institution
 * @param nationalStrategy true if it has a national strategic plan partners can align to
 * @param sensing how well it knows its territory
 * @param excludeFlags activities carrying any of these flags its forces never take on (e.g.
 *     {@code enforcement}: its enforcement switched off, for a counterfactual run)
 * @param institutionCapture capture of named institutions, 0-1, overriding {@code capture} for them
 */
public record HostSpec(String id, String name, double effort, double willingness, double capture, double consent,
        Map<Challenge, Double> priorities, Map<Institution, InstitutionSpec> institutions, boolean nationalStrategy,
        SensingSpec sensing, Set<ActivityFlag> excludeFlags, Map<Institution, Double> institutionCapture)
        implements Serializable {

    public HostSpec {
        priorities = Map.copyOf(priorities);
        institutions = Map.copyOf(institutions);
        excludeFlags = Set.copyOf(excludeFlags);
        institutionCapture = Map.copyOf(institutionCapture);
    }

    /** A host government whose institutions are all captured alike. */
    public HostSpec(String id, String name, double effort, double willingness, double capture, double consent,
            Map<Challenge, Double> priorities, Map<Institution, InstitutionSpec> institutions, boolean nationalStrategy,
            SensingSpec sensing, Set<ActivityFlag> excludeFlags) {
        this(id, name, effort, willingness, capture, consent, priorities, institutions, nationalStrategy, sensing,
                excludeFlags, Map.of());
    }

    /** The starting capture of one institution, 0-1. */
    public double capture(Institution institution) {
        return institutionCapture.getOrDefault(institution, capture);
    }

    /** A host government that excludes no flag. */
    public HostSpec(String id, String name, double effort, double willingness, double capture, double consent,
            Map<Challenge, Double> priorities, Map<Institution, InstitutionSpec> institutions,
            boolean nationalStrategy, SensingSpec sensing) {
        this(id, name, effort, willingness, capture, consent, priorities, institutions, nationalStrategy, sensing,
                Set.of());
    }
}
