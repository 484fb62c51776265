package org.constellation.model.activity;

import java.io.Serializable;
import java.util.Set;
import org.constellation.model.Challenge;
import org.constellation.model.Institution;

/**
 * One row of the activity catalogue: a kind of activity an actor can plan against one challenge.
 *
 * @param index position in the catalogue, used for arrays
 * @param id stable kebab-case name used in scenario files, plans and the 3W output
 * @param label the row as <i>Fit for Purpose</i> words it (shortened where long)
 * @param challenge the challenge whose table lists the row
 * @param mode direct or indirect
 * @param target drivers or consequences
 * @param executive true if it needs an executive mandate (use of force, arrest, interdiction)
 * @param institution the host institution an indirect activity works through; null for direct
 * @param flags further properties
 * @param source the table the row comes from
 * @param flagBits the flags as a bit mask (derived from {@code flags}; any value passed is ignored)
 */
public record ActivityType(int index, String id, String label, Challenge challenge, Mode mode,
        Target target, boolean executive, Institution institution, Set<ActivityFlag> flags,
        String source, int flagBits) implements Serializable {

    public ActivityType {
        if ((mode == Mode.INDIRECT) != (institution != null)) {
            throw new IllegalArgumentException(id + ": indirect activities, and only they, name an institution");
        }
        flags = Set.copyOf(flags);
        if (flags.contains(ActivityFlag.THROUGH_HOST) && (mode != Mode.DIRECT || target != Target.CONSEQUENCES)) {
            throw new IllegalArgumentException(id + ": only direct work on consequences can be done through the host");
        }
        int bits = 0;
        for (ActivityFlag f : flags) {
            bits |= 1 << f.ordinal();
        }
        flagBits = bits;
    }

    /** A type with its flags (the bit mask is derived). */
    public ActivityType(int index, String id, String label, Challenge challenge, Mode mode, Target target,
            boolean executive, Institution institution, Set<ActivityFlag> flags, String source) {
        this(index, id, label, challenge, mode, target, executive, institution, flags, source, 0);
    }

    /** True if the type carries the flag. */
    public boolean has(ActivityFlag flag) {
        return (flagBits & (1 << flag.ordinal())) != 0;
    }

    /** True for direct activities. */
    public boolean isDirect() {
        return mode == Mode.DIRECT;
    }

    /** True for activities on drivers. */
    public boolean onDrivers() {
        return target == Target.DRIVERS;
    }
}
