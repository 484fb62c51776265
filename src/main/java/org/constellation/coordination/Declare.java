package org.constellation.coordination;

import org.constellation.model.params.ParameterDescriptor;

/** Short-hand for declaring mechanism parameters. */
final class Declare {

    private Declare() {
    }

    static ParameterDescriptor real(String key, double def, double min, double max, String unit, String description,
            String source) {
        return new ParameterDescriptor(key, def, min, max, false, unit, description, source);
    }

    static ParameterDescriptor whole(String key, int def, int min, int max, String unit, String description,
            String source) {
        return new ParameterDescriptor(key, def, min, max, true, unit, description, source);
    }

    /**
     * Unit of a staff-time cost: what an actor of the reference capacity pays; the model scales it to the payer's
     * size ({@code coordination.cost_elasticity}).
     */
    static final String COST_UNIT = "effort units per step (reference size)";

    /** The common staff-time cost parameter. */
    static ParameterDescriptor cost(String key, double def, String who, String source) {
        return real(key, def, 0, 100, COST_UNIT, "Staff time each " + who + " spends on it", source);
    }

    /** Members setting. */
    static ListSetting members(String defaultMeaning) {
        return new ListSetting("members", IdKind.ACTOR, "Ids of the actors taking part; empty: " + defaultMeaning);
    }
}
