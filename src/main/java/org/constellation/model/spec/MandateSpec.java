package org.constellation.model.spec;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.constellation.model.Challenge;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;

/**
 * Which activities an actor may take on and how it weighs the challenges. An activity type is in
 * the mandate if its challenge has a positive priority, its mode, target and (for indirect
 * activities) institution are allowed, it is not excluded, and it needs no executive mandate unless
 * the actor has one; {@code include} adds types regardless of the filters (but never executive
 * types to a non-executive actor).
 *
 * @param priorities weight per challenge, 0-1; challenges not listed are outside the mandate
 * @param modes allowed modes
 * @param targets allowed targets
 * @param institutions institutions indirect activities may target; empty means all
 * @param flags flags an activity must carry to be allowed (e.g. community work only); empty means none
 * @param include activity keys ("challenge/id" or a bare id for every challenge) always allowed
 * @param exclude activity keys never allowed
 * @param excludeFlags activities carrying any of these flags are never allowed, whatever else says so
 *     (e.g. {@code enforcement}: the actor's enforcement switched off, for a counterfactual run)
 */
public record MandateSpec(Map<Challenge, Double> priorities, Set<Mode> modes, Set<Target> targets,
        Set<Institution> institutions, Set<ActivityFlag> flags, Set<String> include, Set<String> exclude,
        Set<ActivityFlag> excludeFlags) implements Serializable {

    public MandateSpec {
        priorities = Map.copyOf(priorities);
        modes = Set.copyOf(modes);
        targets = Set.copyOf(targets);
        institutions = Set.copyOf(institutions);
        flags = Set.copyOf(flags);
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
        excludeFlags = Set.copyOf(excludeFlags);
    }

    /** A mandate that excludes no flag. */
    public MandateSpec(Map<Challenge, Double> priorities, Set<Mode> modes, Set<Target> targets,
            Set<Institution> institutions, Set<ActivityFlag> flags, Set<String> include, Set<String> exclude) {
        this(priorities, modes, targets, institutions, flags, include, exclude, Set.of());
    }
}
