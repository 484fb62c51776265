package org.constellation.scenario;

import java.util.EnumMap;
import java.util.Map;
import org.constellation.model.Challenge;

/** Reads maps keyed by challenge name ({@code terrorism: 0.4, ...}) with values in a range. */
final class ChallengeMaps {

    private ChallengeMaps() {
    }

    static Map<Challenge, Double> read(TreeReader r, Map<String, Object> map, String path, double min, double max) {
        Map<Challenge, Double> out = new EnumMap<>(Challenge.class);
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String p = TreeReader.join(path, e.getKey());
            Challenge c;
            try {
                c = Challenge.byKey(e.getKey());
            } catch (IllegalArgumentException ex) {
                r.error(p, "unknown challenge; expected one of " + Challenge.keys());
                continue;
            }
            out.put(c, r.checkNumber(e.getValue(), p, 0, min, max));
        }
        return out;
    }

    /** Fills the challenges a map does not give from defaults. */
    static Map<Challenge, Double> withDefaults(Map<Challenge, Double> given, Map<Challenge, Double> defaults) {
        Map<Challenge, Double> out = new EnumMap<>(Challenge.class);
        out.putAll(defaults);
        out.putAll(given);
        return out;
    }
}
