package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;

/**
 * No coordination: "missions operate as separate entities, frequently without a shared vision on
 * common challenges" (<i>Fit for Purpose</i> ch. 4, "Inter-mission coordination"). Every actor
 * plans alone on its own beliefs; what it knows of others comes only from its own observation and
 * the sharing rule in force. Costs nothing.
 */
public final class NoCoordination implements CoordinationMechanism {

    public static final String NAME = "none";

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Missions operate as separate entities; every actor plans alone",
                "Nothing happens and nothing is charged. Each actor plans on what it senses itself and on what the "
                        + "sharing rule in force brings it.",
                "Fit for Purpose, ch. 4, 'Inter-mission coordination'", "None: the baseline.", List.of(), List.of(),
                c -> new NoCoordination());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext context, MersenneTwisterFast random) {
        // Deliberately nothing: the baseline against which every mechanism is compared.
    }
}
